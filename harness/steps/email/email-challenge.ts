import { EmailChallengePage } from '../../pages/email-challenge-page.ts';
import { CodeAnswer, endsLocked, describeCode } from '../code/code-answer.ts';
import { answerDeliveredCode } from '../code/delivered-code.ts';
import { defineStep } from '../define-step.ts';

/** `mfa-email-challenge`: answered with the code mailed to the user's own address. */
export default defineStep({
  name: 'mfa-email-challenge',
  screen: 'mfa-email-challenge',
  tryAnotherMethod: true,
  options: CodeAnswer,
  ends: endsLocked,
  title: (o) => describeCode(o, 'the emailed code'),
  run: (ctx, options) => answerDeliveredCode(ctx, new EmailChallengePage(ctx.page), ctx.user.email, options),
});
