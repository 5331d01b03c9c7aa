import { expect } from '@playwright/test';
import { TotpDevice } from '../devices/totp-device.ts';
import { OtpEnrollmentPage } from '../pages/otp-enrollment-page.ts';
import { expectSameScreen, expectScreen, where, type RunContext } from '../runner/run-context.ts';
import { submitCodes, type CodeAnswerOptions } from './code-challenge-step.ts';

/**
 * `mfa-otp-enrollment`: "Trouble Scanning?" to the text view, the secret read from the page becomes the
 * user's authenticator app (`ctx.user.totp`), then its codes answer (wrong ones first when asked).
 */
export async function otpEnrollment(ctx: RunContext, options: CodeAnswerOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-otp-enrollment');
  const page = new OtpEnrollmentPage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  expect(await page.secret(), `${where(ctx)}: the QR view shows no secret as text`).toBeUndefined();
  await page.toggleViewButton.click();
  await expectSameScreen(ctx);
  const secret = await page.secret();
  if (!secret) throw new Error(`${where(ctx)}: the text view of mfa-otp-enrollment shows no base32 secret`);
  const device = new TotpDevice(secret);
  ctx.user.totp = device;
  await submitCodes(ctx, page, { right: () => device.nextCode(), wrong: () => device.wrongCode() }, options);
}
