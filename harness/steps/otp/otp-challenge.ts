import type { TotpDevice } from '../../devices/totp-device.ts';
import { CodeChallengePage } from '../../pages/code-challenge-page.ts';
import { expectSameScreen, where, type RunContext } from '../../runner/run-context.ts';
import { CodeAnswer, endsLocked, describeCode, submitCodes } from '../code/code-answer.ts';
import { defineStep } from '../define-step.ts';

function device(ctx: RunContext): TotpDevice {
  if (!ctx.user.totp)
    throw new Error(
      `${where(ctx)}: the user has no OTP authenticator: add otp to user.enrollments, or enroll it earlier in the login`,
    );
  return ctx.user.totp;
}

/** `mfa-otp-challenge`: answered with the user's authenticator app (otplib). */
export default defineStep({
  name: 'mfa-otp-challenge',
  screen: 'mfa-otp-challenge',
  tryAnotherMethod: true,
  options: CodeAnswer,
  ends: endsLocked,
  title: (o) => describeCode(o, 'OTP'),
  run: async (ctx, options) => {
    const page = new CodeChallengePage(ctx.page);
    if (options.resend) {
      await page.resendButton.click();
      await expectSameScreen(ctx);
    }
    await submitCodes(
      ctx,
      page,
      { right: () => device(ctx).nextCode(), wrong: () => device(ctx).wrongCode() },
      options,
    );
  },
});
