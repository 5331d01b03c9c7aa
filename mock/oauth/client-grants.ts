/**
 * What a client credentials token may carry (client_credentials grant):
 * - the client needs a client grant for the audience, or 403 access_denied "Client is not authorized to
 *   access …", as Auth0 answers
 * - the token carries the grant's scopes, or only those of `scope` when the request names some; a scope
 *   the grant lacks is refused with 403 access_denied "Client has not been granted scopes: …"
 */
import type { Tenant } from '../tenants/tenant.ts';
import { scopesOf } from '../management/management-scopes.ts';

export type GrantedScope = { ok: true; scope: string } | { ok: false; description: string };

export function clientCredentialsScope(
  tenant: Tenant,
  clientId: string,
  audience: string,
  requested: string | undefined,
): GrantedScope {
  const grant = [...tenant.clientGrants.values()].find(
    (g) => g.client_id === clientId && g.audience === audience,
  );
  if (!grant) {
    return {
      ok: false,
      description: `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`,
    };
  }
  if (requested === undefined) return { ok: true, scope: grant.scope.join(' ') };
  const asked = [...scopesOf(requested)];
  const missing = asked.filter((scope) => !grant.scope.includes(scope));
  if (missing.length > 0)
    return { ok: false, description: `Client has not been granted scopes: ${missing.join(', ')}` };
  return { ok: true, scope: asked.join(' ') };
}
