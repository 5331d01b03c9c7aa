import { ManagementClient } from 'auth0';
import type { TargetTenant } from './target.ts';
import type { TenantSettings } from './tenant-settings.ts';

/** A real tenant of `.env` (TARGET=tenant), driven through the official SDK. */
export function realTenant(settings: TenantSettings): TargetTenant {
  return {
    kind: 'tenant',
    domain: settings.domain,
    origin: `https://${settings.domain}`,
    loginClientId: settings.loginClientId,
    connection: settings.connection,
    management: new ManagementClient({
      domain: settings.domain,
      clientId: settings.managementClientId,
      clientSecret: settings.managementClientSecret,
    }),
    fetch,
    logDelayMs: 60_000,
  };
}
