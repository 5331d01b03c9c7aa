import { CALLBACK_URL } from '../oidc/authorization-request.ts';
import { managementClient } from './management-client.ts';
import type { TargetTenant } from './target.ts';
import type { TenantSettings } from './tenant-settings.ts';

/**
 * A real tenant of `.env` (TARGET=tenant), driven through the official SDK: its retries for 429s, and the
 * harness's pacing in front of Node's own fetch (management-client.ts).
 */
export function realTenant(settings: TenantSettings): TargetTenant {
  const { management, pacing } = managementClient({
    domain: settings.domain,
    clientId: settings.managementClientId,
    clientSecret: settings.managementClientSecret,
  });
  return {
    kind: 'tenant',
    domain: settings.domain,
    origin: `https://${settings.domain}`,
    loginClientId: settings.loginClientId,
    callbackUrl: CALLBACK_URL,
    connection: settings.connection,
    management,
    pacing,
    fetch,
    logDelayMs: 60_000,
  };
}
