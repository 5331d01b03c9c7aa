import { ManagementClient } from 'auth0';
import type { TargetTenant } from './target.ts';

/** One sentence per missing or malformed setting, saying what to do. */
function required(name: string, hint: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: ${hint} (copy .env.example to .env and fill it in).`);
  return value;
}

/** The real tenant configured in `.env` (TARGET=tenant). */
export function realTenant(): TargetTenant {
  const domain = required('AUTH0_DOMAIN', 'give the tenant domain, e.g. dev-xyz.eu.auth0.com');
  if (/^https?:\/\/|\//.test(domain)) {
    throw new Error(`AUTH0_DOMAIN must be a bare host name such as dev-xyz.eu.auth0.com, got "${domain}".`);
  }
  return {
    kind: 'tenant',
    domain,
    origin: `https://${domain}`,
    loginClientId: required(
      'AUTH0_LOGIN_CLIENT_ID',
      'give a login application whose callbacks allow http://localhost:4020/callback',
    ),
    connection: process.env.AUTH0_CONNECTION?.trim() || 'Username-Password-Authentication',
    management: new ManagementClient({
      domain,
      clientId: required(
        'AUTH0_MGMT_CLIENT_ID',
        'give a machine-to-machine application authorized for the Management API',
      ),
      clientSecret: required('AUTH0_MGMT_CLIENT_SECRET', 'give that application’s client secret'),
    }),
    fetch,
    logDelayMs: 60_000,
  };
}
