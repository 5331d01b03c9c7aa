/**
 * The Management API's scopes the mock's routes expect, each route declaring its own (`managementRoute`,
 * docs/decisions/0046). A client credentials grant carries the scopes of its client grant; a user's own token
 * for the Management API audience only ever carries the `current_user` scopes Auth0 grants users, which no
 * route of the mock accepts.
 */
export const MANAGEMENT_SCOPES = [
  'read:users',
  'update:users',
  'delete:users',
  'create:users',
  'read:users_app_metadata',
  'update:users_app_metadata',
  'read:user_idp_tokens',
  'read:clients',
  'create:clients',
  'update:clients',
  'delete:clients',
  'read:client_keys',
  'read:client_credentials',
  'read:connections',
  'create:connections',
  'update:connections',
  'delete:connections',
  'read:connections_options',
  'update:connections_options',
  'read:resource_servers',
  'create:resource_servers',
  'update:resource_servers',
  'delete:resource_servers',
  'read:client_grants',
  'create:client_grants',
  'update:client_grants',
  'delete:client_grants',
  'read:tenant_settings',
  'update:tenant_settings',
  'read:guardian_factors',
  'update:guardian_factors',
  'read:guardian_enrollments',
  'delete:guardian_enrollments',
  'read:mfa_policies',
  'update:mfa_policies',
  'read:authentication_methods',
  'create:authentication_methods',
  'update:authentication_methods',
  'delete:authentication_methods',
  'read:actions',
  'create:actions',
  'update:actions',
  'delete:actions',
  'read:logs',
  'read:logs_users',
  'read:roles',
  'create:roles',
  'update:roles',
  'delete:roles',
  'read:organizations',
  'create:organizations',
  'update:organizations',
  'delete:organizations',
  'create:organization_members',
  'read:organization_members',
  'delete:organization_members',
  'read:triggers',
  'update:triggers',
  'create:role_members',
] as const;
export type ManagementScope = (typeof MANAGEMENT_SCOPES)[number];

/** The four scopes of a Management API collection (api-collection.ts), by what it reads, creates, … */
export function collectionScopes<N extends 'clients' | 'connections' | 'resource_servers' | 'client_grants'>(
  noun: N,
) {
  return {
    read: `read:${noun}`,
    create: `create:${noun}`,
    update: `update:${noun}`,
    delete: `delete:${noun}`,
  } as const satisfies Record<string, ManagementScope>;
}

/** What Auth0 lets a user's own token for the Management API carry (the "current user" endpoints). */
export const CURRENT_USER_SCOPES = [
  'read:current_user',
  'update:current_user_identities',
  'create:current_user_metadata',
  'update:current_user_metadata',
  'delete:current_user_metadata',
  'create:current_user_device_credentials',
  'delete:current_user_device_credentials',
] as const;

/** The scopes a token's `scope` claim holds. */
export function scopesOf(claim: unknown): Set<string> {
  return new Set(typeof claim === 'string' ? claim.split(' ').filter(Boolean) : []);
}

/**
 * Whether a token holding `granted` may call a route expecting any of `expected`, and if not, Auth0's
 * message: "Insufficient scope, expected any of: read:users".
 */
export function checkScope(
  granted: ReadonlySet<string>,
  expected: readonly ManagementScope[],
): { ok: true } | { ok: false; message: string } {
  if (expected.some((scope) => granted.has(scope))) return { ok: true };
  return { ok: false, message: `Insufficient scope, expected any of: ${expected.join(', ')}` };
}

/**
 * The scope a user's access token gets for `audience`: for the Management API, only the OpenID scopes and
 * the current-user ones of those asked for (a user asking for `read:users` does not get it); for any
 * other audience, what was asked.
 */
export function userTokenScope(
  scope: string,
  audience: string | undefined,
  managementAudience: string,
): string {
  if (audience !== managementAudience) return scope;
  const allowed = new Set<string>(['openid', 'profile', 'email', 'offline_access', ...CURRENT_USER_SCOPES]);
  return [...scopesOf(scope)].filter((s) => allowed.has(s)).join(' ');
}
