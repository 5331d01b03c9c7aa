import { createHash, randomBytes } from 'node:crypto';
import type { TargetTenant } from '../target/target.ts';

/**
 * The application side of the login, without an application: the harness builds the /authorize URL (code
 * flow, PKCE S256, state, nonce) and later intercepts the callback in the browser. The callback URL is
 * never served; a real tenant's login application must allow this one (the mock's targets use their own
 * host's: TargetTenant.callbackUrl).
 */
export const CALLBACK_URL = 'http://localhost:4020/callback';

export interface AuthorizationRequest {
  url: string;
  /** The callback it names (the target's), which the code exchange must name again. */
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function authorizationRequest(
  target: TargetTenant,
  options: { organization?: string } = {},
): AuthorizationRequest {
  const state = randomBytes(12).toString('base64url');
  const nonce = randomBytes(12).toString('base64url');
  const codeVerifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: target.loginClientId,
    redirect_uri: target.callbackUrl,
    scope: 'openid profile email',
    state,
    nonce,
    code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(options.organization ? { organization: options.organization } : {}),
  });
  return {
    url: `${target.origin}/authorize?${params.toString()}`,
    redirectUri: target.callbackUrl,
    state,
    nonce,
    codeVerifier,
  };
}
