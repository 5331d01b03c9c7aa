import { expect } from '@playwright/test';
import { GuardianDevice, GUARDIAN_APP_NEEDED } from '../devices/guardian-device.ts';
import { readQrCode } from '../devices/read-qr.ts';
import { PushChallengePage } from '../pages/push-challenge-page.ts';
import { PushEnrollmentPage } from '../pages/push-enrollment-page.ts';
import { expectSameScreen, expectScreen, where, type RunContext } from '../runner/run-context.ts';

export interface PushAnswerOptions {
  device?: 'approve' | 'reject';
  otpFallback?: boolean;
  expectOtpFallback?: boolean;
}

/** A step title: how the push challenge is answered. */
export function describePush(options: PushAnswerOptions): string {
  const offered =
    options.expectOtpFallback === undefined
      ? ''
      : options.expectOtpFallback
        ? ', "Manually Enter Code" offered'
        : ', no "Manually Enter Code"';
  if (options.otpFallback) return `enter the Guardian app's one-time code manually${offered}`;
  return `the Guardian app ${options.device === 'reject' ? 'rejects' : 'approves'} the notification${offered}`;
}

function mockOnly(ctx: RunContext): void {
  if (ctx.target.kind !== 'mock') throw new Error(`${where(ctx)}: ${GUARDIAN_APP_NEEDED}`);
}

function device(ctx: RunContext): GuardianDevice {
  if (!ctx.user.guardianDevice)
    throw new Error(
      `${where(ctx)}: the user has no Guardian device: enroll push-notification earlier in the login (mfa-push-enrollment)`,
    );
  return ctx.user.guardianDevice;
}

/**
 * `mfa-push-enrollment`: the harness's Guardian app scans the QR code from a screenshot and enrolls; the
 * page notices through its own polling and moves on (mock only: the device simulator).
 */
export async function pushEnrollment(ctx: RunContext): Promise<void> {
  await expectScreen(ctx, 'mfa-push-enrollment');
  mockOnly(ctx);
  const page = new PushEnrollmentPage(ctx.page);
  const uri = readQrCode(await page.qrCodeImage());
  ctx.user.guardianDevice = await GuardianDevice.enroll(ctx.target, uri);
}

/**
 * `mfa-push-challenge`: checks whether "Manually Enter Code" is offered (SEL-9), then either enters the
 * app's one-time code (`otpFallback`, the one way a real tenant can be automated), or lets the app approve
 * or reject the notification; the page's polling continues by itself. A rejection shows on the screen.
 */
export async function pushChallenge(ctx: RunContext, options: PushAnswerOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-push-challenge');
  const page = new PushChallengePage(ctx.page);
  if (options.expectOtpFallback !== undefined)
    await expect(page.manualCodeButton, `${where(ctx)}: "Manually Enter Code" offered`).toHaveCount(
      options.expectOtpFallback ? 1 : 0,
    );
  if (options.otpFallback) {
    const code = await device(ctx).totp.nextCode();
    await page.manualCodeButton.click();
    await expectSameScreen(ctx);
    await page.submitCode(code);
    return;
  }
  mockOnly(ctx);
  const action = options.device ?? 'approve';
  await device(ctx).respond(action);
  if (action === 'approve') return;
  await expectSameScreen(ctx);
  expect(await page.errorCode('push'), `${where(ctx)}: the rejection shown`).toBe(
    'push-notification-rejected',
  );
}
