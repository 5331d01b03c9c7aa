import { EmailChallengePage } from '../pages/email-challenge-page.ts';
import { expectScreen, type RunContext } from '../runner/run-context.ts';
import type { CodeAnswerOptions } from './code-challenge-step.ts';
import { answerDeliveredCode } from './delivered-code-step.ts';

/** `mfa-email-challenge`: answered with the code mailed to the user's own address. */
export async function emailChallenge(ctx: RunContext, options: CodeAnswerOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-email-challenge');
  const page = new EmailChallengePage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  await answerDeliveredCode(ctx, page, ctx.user.email, options);
}
