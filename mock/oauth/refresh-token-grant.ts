/**
 * grant_type=refresh_token, once the client is authenticated (docs/decisions/0031):
 * - checkRefreshToken: one this tenant issued to this client and has not revoked; otherwise 403 invalid_grant
 *   "Unknown or invalid refresh token." and `fertft`, as Auth0 answers
 * - checkUser: a deleted user's token answers Auth0's own invalid_grant text
 * - new access and id tokens from the same grant (the login's scope, claims and auth_time; no nonce, since
 *   no authorization request came with it); the refresh token stays valid and no new one is issued
 *   (non-rotating, Auth0's default); `sertft`
 */
import { field, type MockRequest } from '../http/request.ts';
import { json, type MockResponse } from '../http/response.ts';
import { requestContext, writeLog } from '../logs/write-log.ts';
import type { Client } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { issueTokens } from './issue-tokens.ts';
import { oauthError, OAUTH_ERRORS, type OAuthErrorName } from './oauth-errors.ts';

export async function exchangeRefreshToken(
  tenant: Tenant,
  req: MockRequest,
  client: Client,
): Promise<MockResponse> {
  const value = field(req, 'refresh_token');
  const grant = tenant.refreshTokens.get(value ?? '');
  const user = grant ? tenant.users.get(grant.userId) : undefined;
  const fail = (which: OAuthErrorName) => {
    writeLog(
      tenant,
      'fertft',
      { ...requestContext(req, client.client_id), user },
      { description: OAUTH_ERRORS[which].error_description },
    );
    return oauthError(which);
  };
  if (!value) return fail('missingRefreshToken');
  if (!grant || grant.clientId !== client.client_id) return fail('invalidRefreshToken');
  if (!user) return fail('refreshTokenOfDeletedUser');
  const tokens = await issueTokens(tenant, grant, user);
  writeLog(tenant, 'sertft', { ...requestContext(req, client.client_id), user });
  return json(tokens);
}
