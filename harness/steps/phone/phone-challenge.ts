import { expect } from '@playwright/test';
import { z } from 'zod';
import { PhoneChannel } from '../../format/vocabulary.ts';
import { PhoneChallengePage } from '../../pages/phone-challenge-page.ts';
import { where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

/** `mfa-phone-challenge`: offers exactly `expect` (default both), and takes `choose` (SEL-8). */
export default defineStep({
  name: 'mfa-phone-challenge',
  screen: 'mfa-phone-challenge',
  options: z.strictObject({
    choose: PhoneChannel.describe('Text message or voice call.'),
    expect: z
      .array(PhoneChannel)
      .optional()
      .describe('The methods offered, exactly and in this order (default: sms, voice).'),
  }),
  title: (o) => `choose ${o.choose === 'sms' ? 'a text message' : 'a voice call'}`,
  run: async (ctx, options) => {
    const page = new PhoneChallengePage(ctx.page);
    expect(await page.methods(), `${where(ctx)}: the methods offered`).toEqual(
      options.expect ?? ['sms', 'voice'],
    );
    await page.choose(options.choose);
  },
});
