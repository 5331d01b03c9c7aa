import { z } from 'zod';
import { SmsChallengePage } from '../../pages/sms-challenge-page.ts';
import { CodeAnswer, endsLocked, describeCode } from '../code/code-answer.ts';
import { defineStep } from '../define-step.ts';
import { answerPhoneCode } from './phone-code.ts';

/** `mfa-sms-challenge`: the texted code, or `switchToVoice` (a call instead). */
export default defineStep({
  name: 'mfa-sms-challenge',
  screen: 'mfa-sms-challenge',
  tryAnotherMethod: true,
  options: CodeAnswer.extend({
    switchToVoice: z.boolean().optional().describe('Do not answer: ask for a call instead.'),
  }),
  ends: (o) => !o.switchToVoice && endsLocked(o),
  title: (o) => (o.switchToVoice ? 'switch to a voice call' : describeCode(o, 'the texted code')),
  run: (ctx, options) => {
    const page = new SmsChallengePage(ctx.page);
    const switchButton = options.switchToVoice ? page.switchToVoiceButton : undefined;
    return answerPhoneCode(ctx, 'sms', page, options, switchButton);
  },
});
