import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { TargetTenant } from '../target/target.ts';
import type { AuthorizationRequest } from './authorization-request.ts';

async function postJson(target: TargetTenant, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await target.fetch(`${target.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(
      `POST ${path} answered ${response.status}: ${String(json.error)}: ${String(json.error_description)}`,
    );
  }
  return json;
}

/**
 * Exchanges the code (with the PKCE verifier) and verifies the id token against the tenant's JWKS: signature,
 * issuer, audience, expiry and nonce. Returns the id token's claims.
 */
export async function exchangeCode(
  target: TargetTenant,
  request: AuthorizationRequest,
  code: string,
): Promise<JWTPayload> {
  const tokens = await postJson(target, '/oauth/token', {
    grant_type: 'authorization_code',
    client_id: target.loginClientId,
    code,
    code_verifier: request.codeVerifier,
    redirect_uri: request.redirectUri,
  });
  const jwksResponse = await target.fetch(`${target.origin}/.well-known/jwks.json`);
  const jwks = createLocalJWKSet((await jwksResponse.json()) as Parameters<typeof createLocalJWKSet>[0]);
  const { payload } = await jwtVerify(String(tokens.id_token), jwks, {
    issuer: `${target.origin}/`,
    audience: target.loginClientId,
  });
  if (payload.nonce !== request.nonce)
    throw new Error(`the id token's nonce ${String(payload.nonce)} is not the one sent`);
  return payload;
}
