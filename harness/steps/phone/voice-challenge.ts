import { z } from 'zod';
import { VoiceChallengePage } from '../../pages/voice-challenge-page.ts';
import { CodeAnswer, endsLocked, describeCode } from '../code/code-answer.ts';
import { defineStep } from '../define-step.ts';
import { answerPhoneCode } from './phone-code.ts';

/** `mfa-voice-challenge`: the code heard in the call, or `switchToSms` (a text message instead). */
export default defineStep({
  name: 'mfa-voice-challenge',
  screen: 'mfa-voice-challenge',
  tryAnotherMethod: true,
  options: CodeAnswer.extend({
    switchToSms: z.boolean().optional().describe('Do not answer: ask for a text message instead.'),
  }),
  ends: (o) => !o.switchToSms && endsLocked(o),
  title: (o) => (o.switchToSms ? 'switch to a text message' : describeCode(o, 'the code heard in the call')),
  run: (ctx, options) => {
    const page = new VoiceChallengePage(ctx.page);
    const switchButton = options.switchToSms ? page.switchToSmsButton : undefined;
    return answerPhoneCode(ctx, 'voice', page, options, switchButton);
  },
});
