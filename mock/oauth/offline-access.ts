/**
 * Refresh tokens (docs/decisions/0031): the code exchange issues one when the login asked for
 * `offline_access`, the client has the `refresh_token` grant, and the audience allows it: no audience (the
 * /userinfo audience), or an API with "Allow Offline Access" on. Otherwise `offline_access` is dropped from
 * the granted scope, as Auth0 drops it, and no refresh token comes.
 * - a user keeps at most 200 active refresh tokens per application, as on Auth0: a new one past that revokes
 *   the oldest (docs/decisions/0051)
 */
import type { Client } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { RefreshToken } from '../tenants/grant.ts';

export const OFFLINE_ACCESS = 'offline_access';

export function scopes(scope: string): string[] {
  return scope.split(/\s+/).filter(Boolean);
}

export function mayHaveRefreshToken(
  tenant: Tenant,
  client: Client,
  grant: { scope: string; audience?: string },
): boolean {
  if (!scopes(grant.scope).includes(OFFLINE_ACCESS) || !(client.grant_types ?? []).includes('refresh_token'))
    return false;
  return grant.audience === undefined || tenant.resourceServer(grant.audience)?.allow_offline_access === true;
}

/** The scope as granted: without `offline_access` when no refresh token comes with it. */
export function grantedScope(scope: string, withRefreshToken: boolean): string {
  return withRefreshToken
    ? scope
    : scopes(scope)
        .filter((name) => name !== OFFLINE_ACCESS)
        .join(' ');
}

/** Auth0's limit of active refresh tokens per user and application. */
export const MAX_REFRESH_TOKENS = 200;

/** Keeps a new refresh token, revoking the user's oldest for this application when it would be one too many. */
export function keepRefreshToken(tenant: Tenant, refreshToken: RefreshToken): void {
  const same = [...tenant.refreshTokens.values()].filter(
    (t) => t.userId === refreshToken.userId && t.clientId === refreshToken.clientId,
  );
  // Map order is insertion order: the first ones are the oldest.
  for (const old of same.slice(0, Math.max(0, same.length - MAX_REFRESH_TOKENS + 1)))
    tenant.refreshTokens.delete(old.token);
  tenant.refreshTokens.set(refreshToken.token, refreshToken);
}
