import { createGuardrails, verify } from 'otplib';
import type { Authenticator } from '../../tenants/model.ts';
import { UNSURE } from '../../../contract/unsure.ts';

/**
 * The library refuses secrets under RFC 4226's 16 bytes; Auth0 documents no minimum and authenticator apps
 * often use 10, so any secret totp-secret.ts lets in is verified.
 */
const GUARDRAILS = createGuardrails({ MIN_SECRET_BYTES: 1 });

/** How far, in seconds, a code's step may lie before and after the current one (docs/decisions/0054). */
export const TOTP_TOLERANCE: [number, number] = [30, UNSURE.totpAcceptsNextStep ? 30 : 0];

/**
 * contract §5: 6 digits, 30 s steps, and the previous step's code is accepted too, as is the next step's
 * (docs/decisions/0054). A code of a step already used (or older) is refused, so that a code cannot be
 * replayed (docs/decisions/0021).
 */
export async function verifyTotp(authenticator: Authenticator, code: string): Promise<boolean> {
  if (!authenticator.totp_secret || !/^\d{6}$/.test(code)) return false;
  const result = await verify({
    secret: authenticator.totp_secret,
    token: code,
    epochTolerance: TOTP_TOLERANCE,
    guardrails: GUARDRAILS,
    ...(UNSURE.totpRejectsReusedCode && authenticator.lastUsedStep !== undefined
      ? { afterTimeStep: authenticator.lastUsedStep }
      : {}),
  });
  if (!result.valid || !('timeStep' in result)) return false;
  authenticator.lastUsedStep = result.timeStep;
  return true;
}
