/**
 * The test tenants `.env` names (docs/decisions/0070), read without touching any of them:
 * - one tenant: AUTH0_DOMAIN, AUTH0_TEST_TENANT=yes, AUTH0_LOGIN_CLIENT_ID, AUTH0_MGMT_CLIENT_ID,
 *   AUTH0_MGMT_CLIENT_SECRET (and AUTH0_CONNECTION);
 * - several: AUTH0_TENANTS=a,b and the same settings for each with its name as a suffix (AUTH0_DOMAIN_A,
 *   AUTH0_TEST_TENANT_A=yes, …); AUTH0_CONNECTION_A falls back on AUTH0_CONNECTION.
 * Every problem is one sentence naming the setting and what to do.
 */
import { sentenceError } from '../sentence-error.ts';

export interface TenantSettings {
  /** The name AUTH0_TENANTS gives it, or `default` for the one-tenant form. */
  name: string;
  /** A bare host name: `dev-xyz.eu.auth0.com`. */
  domain: string;
  loginClientId: string;
  managementClientId: string;
  managementClientSecret: string;
  connection: string;
}

type Env = Record<string, string | undefined>;

/** The name of the one tenant of the one-tenant form (no AUTH0_TENANTS). */
export const DEFAULT_TENANT = 'default';

const DEFAULT_CONNECTION = 'Username-Password-Authentication';

/** What the settings of tenant `name` end in, for sentences: `''` for the one-tenant form, `_A` for tenant `a`. */
export function settingsSuffix(name: string): string {
  return name === DEFAULT_TENANT ? '' : `_${name.toUpperCase()}`;
}
const NAME = /^[A-Za-z0-9_]+$/;

/** The settings of one tenant, from the variables ending in `suffix` (`''` or `_A`). */
function tenantFrom(env: Env, name: string, suffix: string): TenantSettings {
  const read = (base: string) => env[`${base}${suffix}`]?.trim() || undefined;
  const required = (base: string, hint: string): string => {
    const value = read(base);
    if (!value)
      throw sentenceError(`${base}${suffix} is not set: ${hint} (copy .env.example to .env and fill it in).`);
    return value;
  };
  const domain = required('AUTH0_DOMAIN', 'give the tenant domain, e.g. dev-xyz.eu.auth0.com');
  if (/^https?:\/\/|\//.test(domain)) {
    throw sentenceError(
      `AUTH0_DOMAIN${suffix} must be a bare host name such as dev-xyz.eu.auth0.com, got "${domain}".`,
    );
  }
  // The run changes the tenant (post-login bindings, users, Actions, MFA settings), so each must be declared
  // a test tenant in so many words.
  const marker = read('AUTH0_TEST_TENANT')?.toLowerCase();
  if (marker !== 'yes') {
    throw sentenceError(
      `AUTH0_TEST_TENANT${suffix} is ${marker ? `"${marker}"` : 'not set'}: the harness rebinds post-login Actions, creates ` +
        `users and changes MFA settings on ${domain}, so set AUTH0_TEST_TENANT${suffix}=yes in .env only if it is a ` +
        'dedicated test tenant.',
    );
  }
  return {
    name,
    domain,
    loginClientId: required(
      'AUTH0_LOGIN_CLIENT_ID',
      'give a login application whose callbacks allow http://localhost:4020/callback',
    ),
    managementClientId: required(
      'AUTH0_MGMT_CLIENT_ID',
      'give a machine-to-machine application authorized for the Management API',
    ),
    managementClientSecret: required('AUTH0_MGMT_CLIENT_SECRET', 'give that application’s client secret'),
    connection: read('AUTH0_CONNECTION') ?? env.AUTH0_CONNECTION?.trim() ?? DEFAULT_CONNECTION,
  };
}

/** The names AUTH0_TENANTS lists, or a sentence saying what is wrong with the list. */
function listedNames(raw: string): string[] {
  const names = raw.split(',').map((name) => name.trim());
  const bad = names.find((name) => !NAME.test(name));
  if (bad !== undefined) {
    throw sentenceError(
      `AUTH0_TENANTS must list tenant names separated by commas, each of letters, digits and _ (such as ` +
        `AUTH0_TENANTS=a,b), got "${raw}"${bad === '' ? ' with an empty name' : `, in which "${bad}" is not such a name`}.`,
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toUpperCase();
    if (seen.has(key)) throw sentenceError(`AUTH0_TENANTS names "${name}" twice: list each tenant once.`);
    seen.add(key);
  }
  return names;
}

/**
 * Every test tenant `.env` names, in its order.
 *
 * @example readTenantSettings({ AUTH0_TENANTS: 'a,b', AUTH0_DOMAIN_A: 'a.eu.auth0.com', … })[1].domain
 */
export function readTenantSettings(env: Env = process.env): TenantSettings[] {
  const list = env.AUTH0_TENANTS?.trim();
  if (!list) return [tenantFrom(env, DEFAULT_TENANT, '')];
  const names = listedNames(list);
  for (const single of ['AUTH0_DOMAIN', 'AUTH0_LOGIN_CLIENT_ID', 'AUTH0_MGMT_CLIENT_ID']) {
    if (env[single]?.trim())
      throw sentenceError(
        `${single} is set beside AUTH0_TENANTS: give each listed tenant its own ${single}_<NAME> and remove ${single}, ` +
          'or remove AUTH0_TENANTS to run one tenant.',
      );
  }
  const tenants = names.map((name) => tenantFrom(env, name, `_${name.toUpperCase()}`));
  const byDomain = new Map<string, string>();
  for (const tenant of tenants) {
    const other = byDomain.get(tenant.domain.toLowerCase());
    if (other !== undefined)
      throw sentenceError(
        `AUTH0_DOMAIN${settingsSuffix(other)} and AUTH0_DOMAIN${settingsSuffix(tenant.name)} both name ${tenant.domain}: ` +
          'two scenarios would run on one tenant at once; list each tenant once.',
      );
    byDomain.set(tenant.domain.toLowerCase(), tenant.name);
  }
  return tenants;
}
