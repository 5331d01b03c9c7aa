/**
 * The session tokens of api.redirect.encodeToken / validateToken (RED-2, RED-3): HS256 JWTs bound to the
 * transaction's state. Synchronous on purpose: Actions call these without await.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 900;

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signToken(options: {
  secret: string;
  payload?: Record<string, unknown>;
  expiresInSeconds?: number;
  issuer: string;
  state: string;
  /** The tenant's time (ms), which a scenario's clock may have moved forward. */
  at: number;
}): string {
  const now = Math.floor(options.at / 1000);
  const claims = {
    ...options.payload,
    iss: options.issuer,
    iat: now,
    exp: now + (options.expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS),
    state: options.state,
  };
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', options.secret).update(head).digest('base64url')}`;
}

/**
 * Returns the payload, or throws the reason the token is refused: a bad signature, a state other than the
 * /continue state, or an expiry in the past (RED-3). The state message is a real tenant's; the others follow
 * its shape (docs/decisions/0022).
 */
export function verifyToken(
  token: string,
  options: { secret: string; state: string; at: number },
): Record<string, unknown> {
  const [header, body, signature] = token.split('.');
  if (!header || !body || !signature) throw new Error('The session token is invalid: it is not a JWT');
  const expected = createHmac('sha256', options.secret).update(`${header}.${body}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new Error('The session token is invalid: the signature does not match the secret');
  }
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (claims.state !== options.state)
    throw new Error('The session token is invalid: State in the token does not match the /continue state.');
  if (typeof claims.exp === 'number' && claims.exp * 1000 < options.at)
    throw new Error('The session token is invalid: it has expired');
  return claims;
}
