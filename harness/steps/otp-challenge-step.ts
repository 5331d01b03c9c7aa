import type { TotpDevice } from '../devices/totp-device.ts';
import { where, type RunContext } from '../runner/run-context.ts';
import { answerCodeChallenge, type CodeAnswerOptions } from './code-challenge-step.ts';

function device(ctx: RunContext): TotpDevice {
  if (!ctx.user.totp)
    throw new Error(
      `${where(ctx)}: the user has no OTP authenticator: add otp to user.enrollments, or enroll it earlier in the login`,
    );
  return ctx.user.totp;
}

/** `mfa-otp-challenge`: answered with the user's authenticator app (otplib). */
export function otpChallenge(ctx: RunContext, options: CodeAnswerOptions = {}): Promise<void> {
  return answerCodeChallenge(
    ctx,
    'mfa-otp-challenge',
    { right: () => device(ctx).nextCode(), wrong: () => device(ctx).wrongCode() },
    options,
  );
}
