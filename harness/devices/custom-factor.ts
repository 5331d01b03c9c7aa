import { jwtVerify, SignJWT } from 'jose';

/**
 * Where scenarios' redirect Actions send the user (RED-1): a host under `.example`, reserved by RFC 2606, so
 * nothing ever answers there. The harness plays the custom factor itself: it reads the redirect from the
 * browser's request (harness/browser/screen-tracker.ts) and sends the user back to /continue.
 */
export const CUSTOM_FACTOR_ORIGIN = 'https://custom-factor.example';

/** How the custom factor answers: a good session token, one signed with another secret, or an expired one. */
export type CustomFactorReturn = 'valid' | 'invalid' | 'expired';

/**
 * The session token an external site sends back to /continue (RED-3): HS256 over the Action's secret, with
 * the `state` it was given, the user as `sub`, and a short expiry (in the past for `expired`).
 */
export async function customFactorToken(options: {
  secret: string;
  state: string;
  userId: string;
  issuer: string;
  kind: CustomFactorReturn;
  /** The tenant's time (ms): a scenario's clock step may have moved it forward. */
  at: number;
}): Promise<string> {
  const secret = options.kind === 'invalid' ? `${options.secret}-not-the-secret` : options.secret;
  const now = Math.floor(options.at / 1000);
  return new SignJWT({ state: options.state })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.userId)
    .setIssuer(options.issuer)
    .setIssuedAt(options.kind === 'expired' ? now - 120 : now)
    .setExpirationTime(options.kind === 'expired' ? now - 60 : now + 300)
    .sign(new TextEncoder().encode(secret));
}

/**
 * What a custom factor checks first: the token the Action made with api.redirect.encodeToken (RED-2) is an
 * HS256 JWT signed with the shared secret and not expired. Throws the reason otherwise.
 */
export async function verifyActionToken(
  token: string,
  secret: string,
  at: number,
): Promise<Record<string, unknown>> {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
    algorithms: ['HS256'],
    currentDate: new Date(at),
  });
  return payload;
}
