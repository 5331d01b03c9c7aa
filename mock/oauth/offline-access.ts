/**
 * Refresh tokens (docs/decisions/0031): the code exchange issues one when the login asked for
 * `offline_access`, the client has the `refresh_token` grant, and the audience allows it: no audience (the
 * /userinfo audience), or an API with "Allow Offline Access" on. Otherwise `offline_access` is dropped from
 * the granted scope, as Auth0 drops it, and no refresh token comes.
 */
import type { Client } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';

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
