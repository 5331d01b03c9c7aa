import { expect } from '@playwright/test';
import { z } from 'zod';
import { uniquePhoneNumber } from '../../devices/phone-number.ts';
import { PhoneChannel, PhoneNumber } from '../../format/vocabulary.ts';
import { PhoneEnrollmentPage } from '../../pages/phone-enrollment-page.ts';
import { expectSameScreen, where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

/**
 * `mfa-phone-enrollment`: a number of the run's own (or the scenario's), and text or call; an invalid
 * number first, when asked, must show `invalid-phone`.
 */
export default defineStep({
  name: 'mfa-phone-enrollment',
  screen: 'mfa-phone-enrollment',
  tryAnotherMethod: true,
  options: z.strictObject({
    method: PhoneChannel.default('sms').describe('Text message or voice call.'),
    phone_number: PhoneNumber.optional().describe('Leave out for a number of its own per run.'),
    invalidNumberFirst: z.boolean().optional().describe('Submit an invalid number first (invalid-phone).'),
  }),
  title: (o) => `enter a phone number for ${o.method}`,
  run: async (ctx, options) => {
    const page = new PhoneEnrollmentPage(ctx.page);
    const offered = await page.methods();
    expect(offered, `${where(ctx)}: the enrollment offers ${options.method}`).toContain(options.method);
    if (options.invalidNumberFirst) {
      await page.submitNumber('+12', options.method);
      await expectSameScreen(ctx);
      expect(await page.errorCode('phone'), `${where(ctx)}: error shown for an invalid number`).toBe(
        'invalid-phone',
      );
    }
    const number = options.phone_number ?? uniquePhoneNumber();
    await page.submitNumber(number, options.method);
    ctx.user.phone = { number, method: options.method };
  },
});
