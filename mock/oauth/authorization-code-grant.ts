/**
 * grant_type=authorization_code, once the client is authenticated:
 * - checkCode (known, unused, unexpired, issued to this client), checkRedirectUri, checkPkce (S256; always
 *   for a public client, docs/decisions/0048)
 * - a reused code is refused, and stays refused even after a failed attempt, as Auth0 does
 * - the tokens, and a refresh token when `offline_access` may have one (offline-access.ts); `seacft`
 */
import { createHash } from 'node:crypto';
import { field, type MockRequest } from '../http/request.ts';
import { json, type MockResponse } from '../http/response.ts';
import { requestContext, writeLog } from '../logs/write-log.ts';
import { now } from '../clock.ts';
import { token } from '../tenants/ids.ts';
import { tokenGrant } from '../tenants/grant.ts';
import type { Client } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { UNSURE } from '../../contract/unsure.ts';
import { issueTokens } from './issue-tokens.ts';
import { oauthError, OAUTH_ERRORS, type OAuthErrorName } from './oauth-errors.ts';
import { grantedScope, keepRefreshToken, mayHaveRefreshToken } from './offline-access.ts';

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export async function exchangeCode(tenant: Tenant, req: MockRequest, client: Client): Promise<MockResponse> {
  const code = tenant.codes.get(field(req, 'code') ?? '');
  const fail = (which: OAuthErrorName) => {
    const description = OAUTH_ERRORS[which].error_description;
    writeLog(tenant, 'feacft', requestContext(req, client.client_id), { description });
    return oauthError(which);
  };
  if (!code || code.used || code.expiresAt < now() || code.clientId !== client.client_id)
    return fail('invalidGrantCode');
  code.used = true; // a second attempt with the same code fails, whatever happens next
  if (field(req, 'redirect_uri') !== undefined && field(req, 'redirect_uri') !== code.redirectUri)
    return fail('invalidGrantRedirect');
  // A public client has no secret: PKCE is its only proof, so a code it got without a challenge is useless.
  const isPublic = client.token_endpoint_auth_method === 'none';
  if (code.codeChallenge || (isPublic && UNSURE.publicClientRequiresPkce)) {
    const verifier = field(req, 'code_verifier');
    if (!verifier) return fail('invalidRequestVerifier');
    if (!code.codeChallenge || s256(verifier) !== code.codeChallenge) return fail('invalidGrantVerifier');
  }
  const user = tenant.users.get(code.userId);
  if (!user) return fail('invalidGrantCode');

  const offline = mayHaveRefreshToken(tenant, client, code);
  const grant = { ...tokenGrant(code), scope: grantedScope(code.scope, offline) };
  const refreshToken = offline ? token(32) : undefined;
  if (refreshToken)
    keepRefreshToken(tenant, { ...grant, token: refreshToken, createdAt: new Date(now()).toISOString() });
  const tokens = await issueTokens(tenant, grant, user, { nonce: code.nonce, refreshToken });
  writeLog(tenant, 'seacft', { ...requestContext(req, client.client_id), user });
  return json(tokens);
}
