import { randomBytes } from 'node:crypto';
import { MOCK_HTTPS_PORT, MOCK_PORT, MOCK_SCHEME } from '../config.ts';
import { localFetch } from './local-fetch.ts';
import { managementClient } from './management-client.ts';
import type { TargetTenant } from './target.ts';

/** The mock's built-in applications (README: "The mock's built-in credentials"). */
export const MOCK_CREDENTIALS = {
  managementClientId: 'mock-management-client',
  managementClientSecret: 'mock-management-secret',
  loginClientId: 'mock-login-client',
  connection: 'Username-Password-Authentication',
} as const;

/**
 * A tenant of its own on the mock: `<slug>-<random>.localhost:<port>` is created on first use, on the HTTP
 * listener or, with MOCK_SCHEME=https, on the HTTPS one.
 */
export function mockTenant(label: string): TargetTenant {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const port = MOCK_SCHEME === 'https' ? MOCK_HTTPS_PORT : MOCK_PORT;
  const domain = `${slug}-${randomBytes(4).toString('hex')}.localhost:${port}`;
  return mockTargetAt({ domain, scheme: MOCK_SCHEME, fetch: localFetch, logDelayMs: 5_000 });
}

/** The mock tenant at `domain`, reached through `fetch`, with the mock's built-in applications. */
export function mockTargetAt(at: {
  domain: string;
  scheme: 'http' | 'https';
  fetch: typeof fetch;
  logDelayMs: number;
}): TargetTenant {
  const { management, pacing } = managementClient({
    domain: at.domain,
    clientId: MOCK_CREDENTIALS.managementClientId,
    clientSecret: MOCK_CREDENTIALS.managementClientSecret,
    fetch: at.fetch,
    telemetry: false,
  });
  return {
    kind: 'mock',
    domain: at.domain,
    origin: `${at.scheme}://${at.domain}`,
    loginClientId: MOCK_CREDENTIALS.loginClientId,
    // The mock's login application allows any port of any *.localhost host (mock/oauth/redirect-uris.ts).
    callbackUrl: `http://${at.domain.replace(/:\d+$/, '')}:4020/callback`,
    connection: MOCK_CREDENTIALS.connection,
    management,
    pacing,
    fetch: at.fetch,
    logDelayMs: at.logDelayMs,
  };
}
