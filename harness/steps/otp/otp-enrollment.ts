import { expect } from '@playwright/test';
import { TotpDevice } from '../../devices/totp-device.ts';
import { OtpEnrollmentPage } from '../../pages/otp-enrollment-page.ts';
import { expectSameScreen, where } from '../../runner/run-context.ts';
import { CodeAnswer, endsLocked, submitCodes } from '../code/code-answer.ts';
import { defineStep } from '../define-step.ts';

/**
 * `mfa-otp-enrollment`: "Trouble Scanning?" to the text view, the secret read from the page becomes the
 * user's authenticator app (`ctx.user.totp`), then its codes answer (wrong ones first when asked).
 */
export default defineStep({
  name: 'mfa-otp-enrollment',
  screen: 'mfa-otp-enrollment',
  tryAnotherMethod: true,
  options: CodeAnswer.pick({ wrong: true, expectError: true }),
  ends: endsLocked,
  title: (o) => `read the secret, answer with OTP${o.wrong ? ` after ${o.wrong} wrong` : ''}`,
  run: async (ctx, options) => {
    const page = new OtpEnrollmentPage(ctx.page);
    expect(await page.secret(), `${where(ctx)}: the QR view shows no secret as text`).toBeUndefined();
    await page.toggleViewButton.click();
    await expectSameScreen(ctx);
    const secret = await page.secret();
    if (!secret) throw new Error(`${where(ctx)}: the text view of mfa-otp-enrollment shows no base32 secret`);
    const device = new TotpDevice(secret);
    ctx.user.totp = device;
    await submitCodes(
      ctx,
      page,
      { right: () => device.nextCode(), wrong: () => device.wrongCode() },
      options,
    );
  },
});
