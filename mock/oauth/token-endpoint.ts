/**
 * POST /oauth/token (form or JSON body):
 * - authorization_code: checkCode (known, unused, unexpired), checkRedirectUri, checkPkce (S256; always for a
 *   public client, docs/decisions/0034), then the id token (nonce, amr, the Actions' custom claims) and an
 *   access token; `seacft` / `feacft`
 * - client_credentials: checkClientSecret, checkAudience (the Management API), checkClientGrant (its scopes),
 *   then an access token with the Management API's audience; `seccft` / `feccft`
 * - a user's token for the Management API carries only the scopes Auth0 grants users (userTokenScope)
 * A reused code is refused (and stays refused), as Auth0 does.
 */
import { createHash } from 'node:crypto';
import { field, type MockRequest } from '../http/request.ts';
import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import { writeLog } from '../logs/write-log.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { managementAudience, signJwt, TOKEN_LIFETIME_SECONDS } from './tokens.ts';
import { profileClaims } from './userinfo.ts';
import { oauthError } from './oauth-errors.ts';
import { UNSURE } from '../../contract/unsure.ts';
import { clientCredentialsScope } from './client-grants.ts';
import { userTokenScope } from '../management/management-scopes.ts';

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

async function exchangeCode(tenant: Tenant, req: MockRequest): Promise<MockResponse> {
  const code = tenant.codes.get(field(req, 'code') ?? '');
  const clientId = field(req, 'client_id');
  const fail = (which: Parameters<typeof oauthError>[0]) => {
    writeLog(tenant, 'feacft', { clientId, ip: req.ip }, { description: which });
    return oauthError(which);
  };
  if (!code || code.used || code.expiresAt < Date.now() || code.clientId !== clientId)
    return fail('invalidGrantCode');
  code.used = true; // a second attempt with the same code fails, whatever happens next
  if (field(req, 'redirect_uri') !== undefined && field(req, 'redirect_uri') !== code.redirectUri)
    return fail('invalidGrantRedirect');
  // A public client has no secret: PKCE is its only proof, so a code it got without a challenge is useless.
  const isPublic = tenant.clients.get(code.clientId)?.token_endpoint_auth_method === 'none';
  if (code.codeChallenge || (isPublic && UNSURE.publicClientRequiresPkce)) {
    const verifier = field(req, 'code_verifier');
    if (!verifier) return fail('invalidRequestVerifier');
    if (!code.codeChallenge || s256(verifier) !== code.codeChallenge) return fail('invalidGrantVerifier');
  }
  const user = tenant.users.get(code.userId);
  if (!user) return fail('invalidGrantCode');
  const idToken = await signJwt(
    tenant,
    {
      ...code.idTokenClaims,
      ...profileClaims(user, code.scope),
      sid: code.sessionId,
      ...(code.nonce ? { nonce: code.nonce } : {}),
      ...(code.amr.length > 0 ? { amr: code.amr } : {}),
    },
    code.clientId,
    user.user_id,
  );
  const scope = userTokenScope(code.scope, code.audience, managementAudience(tenant));
  const accessToken = await signJwt(
    tenant,
    { ...code.accessTokenClaims, scope, azp: code.clientId },
    code.audience ? [code.audience, `${tenant.origin}/userinfo`] : `${tenant.origin}/userinfo`,
    user.user_id,
  );
  writeLog(tenant, 'seacft', { user, clientId: code.clientId, ip: req.ip });
  return json({
    access_token: accessToken,
    id_token: idToken,
    scope,
    expires_in: TOKEN_LIFETIME_SECONDS,
    token_type: 'Bearer',
  });
}

async function clientCredentials(tenant: Tenant, req: MockRequest): Promise<MockResponse> {
  const clientId = field(req, 'client_id') ?? '';
  const client = tenant.clients.get(clientId);
  if (!client?.client_secret || client.client_secret !== field(req, 'client_secret')) {
    writeLog(tenant, 'feccft', { clientId, ip: req.ip }, { description: 'Unauthorized' });
    return oauthError('invalidClient', 401);
  }
  const audience = managementAudience(tenant);
  if (field(req, 'audience') !== audience) return oauthError('unknownAudience');
  const granted = clientCredentialsScope(tenant, clientId, audience, field(req, 'scope'));
  if (!granted.ok) {
    writeLog(tenant, 'feccft', { clientId, ip: req.ip }, { description: granted.description });
    return json({ error: 'access_denied', error_description: granted.description }, 403);
  }
  const accessToken = await signJwt(
    tenant,
    { scope: granted.scope, gty: 'client-credentials', azp: clientId },
    audience,
    `${clientId}@clients`,
  );
  writeLog(tenant, 'seccft', { clientId, ip: req.ip });
  return json({
    access_token: accessToken,
    scope: granted.scope,
    expires_in: TOKEN_LIFETIME_SECONDS,
    token_type: 'Bearer',
  });
}

export function tokenRoute(services: MockServices) {
  return async (req: MockRequest): Promise<MockResponse> => {
    const tenant = await services.tenants.get(req.origin);
    const grant = field(req, 'grant_type');
    if (grant === 'authorization_code') return exchangeCode(tenant, req);
    if (grant === 'client_credentials') return clientCredentials(tenant, req);
    return oauthError('unsupportedGrant');
  };
}
