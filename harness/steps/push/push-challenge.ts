import { expect } from '@playwright/test';
import { z } from 'zod';
import { PushChallengePage } from '../../pages/push-challenge-page.ts';
import { expectSameScreen, where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';
import { guardianApp, mockOnly } from './guardian-app.ts';

/**
 * `mfa-push-challenge`: checks whether "Manually Enter Code" is offered (SEL-9), then either enters the
 * app's one-time code (`otpFallback`, the one way a real tenant can be automated), or lets the app approve
 * or reject the notification; the page's polling continues by itself. A rejection shows on the screen.
 */
export default defineStep({
  name: 'mfa-push-challenge',
  screen: 'mfa-push-challenge',
  options: z.strictObject({
    device: z
      .enum(['approve', 'reject'])
      .default('approve')
      .describe('What the Guardian app answers (mock only: the device simulator).'),
    otpFallback: z
      .boolean()
      .optional()
      .describe('"Manually Enter Code": answer with a TOTP code from the enrollment secret instead.'),
    expectOtpFallback: z
      .boolean()
      .optional()
      .describe('Whether "Manually Enter Code" must be offered (SEL-9).'),
  }),
  ends: (o) => o.device === 'reject',
  title: (o) => {
    const offered =
      o.expectOtpFallback === undefined
        ? ''
        : o.expectOtpFallback
          ? ', "Manually Enter Code" offered'
          : ', no "Manually Enter Code"';
    if (o.otpFallback) return `enter the Guardian app's one-time code manually${offered}`;
    return `the Guardian app ${o.device === 'reject' ? 'rejects' : 'approves'} the notification${offered}`;
  },
  run: async (ctx, options) => {
    const page = new PushChallengePage(ctx.page);
    if (options.expectOtpFallback !== undefined)
      await expect(page.manualCodeButton, `${where(ctx)}: "Manually Enter Code" offered`).toHaveCount(
        options.expectOtpFallback ? 1 : 0,
      );
    if (options.otpFallback) {
      const code = await guardianApp(ctx).totp.nextCode();
      await page.manualCodeButton.click();
      await expectSameScreen(ctx);
      await page.submitCode(code);
      return;
    }
    mockOnly(ctx);
    await guardianApp(ctx).respond(options.device);
    if (options.device === 'approve') return;
    await expectSameScreen(ctx);
    expect(await page.errorCode('push'), `${where(ctx)}: the rejection shown`).toBe(
      'push-notification-rejected',
    );
  },
});
