/**
 * The token response of a user's grant (a code, or a refresh token): an id token with the profile claims
 * its scopes grant, the Actions' custom claims, `sid`, `amr` and `auth_time` when the login had them (and
 * the nonce, for a code), and an access token for the audience and /userinfo; for the Management API's
 * audience a user's token carries only the scopes Auth0 grants users (userTokenScope: no route accepts them).
 */
import type { TokenGrant } from '../tenants/grant.ts';
import type { User } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { userTokenScope } from '../management/management-scopes.ts';
import { managementAudience, signJwt, TOKEN_LIFETIME_SECONDS } from './tokens.ts';
import { profileClaims } from './userinfo.ts';

export interface TokenResponse {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  scope: string;
  expires_in: number;
  token_type: 'Bearer';
}

export async function issueTokens(
  tenant: Tenant,
  grant: TokenGrant,
  user: User,
  extra: { nonce?: string; refreshToken?: string } = {},
): Promise<TokenResponse> {
  const idToken = await signJwt(
    tenant,
    {
      ...grant.idTokenClaims,
      ...profileClaims(user, grant.scope),
      sid: grant.sessionId,
      ...(extra.nonce ? { nonce: extra.nonce } : {}),
      ...(grant.amr.length > 0 ? { amr: grant.amr } : {}),
      ...(grant.authTime !== undefined ? { auth_time: grant.authTime } : {}),
    },
    grant.clientId,
    user.user_id,
  );
  const userinfo = `${tenant.origin}/userinfo`;
  const scope = userTokenScope(grant.scope, grant.audience, managementAudience(tenant));
  const accessToken = await signJwt(
    tenant,
    { ...grant.accessTokenClaims, scope, azp: grant.clientId },
    grant.audience ? [grant.audience, userinfo] : userinfo,
    user.user_id,
  );
  return {
    access_token: accessToken,
    id_token: idToken,
    ...(extra.refreshToken ? { refresh_token: extra.refreshToken } : {}),
    scope,
    expires_in: TOKEN_LIFETIME_SECONDS,
    token_type: 'Bearer',
  };
}
