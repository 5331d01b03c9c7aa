import { EmailChallengePage } from '../../pages/email-challenge-page.ts';
import { expectSameScreen, expectScreen, type RunContext } from '../run-context.ts';
import { submitCodes, type CodeAnswerOptions } from './code-challenge-step.ts';
import { otherCode } from './other-code.ts';

/**
 * `mfa-email-challenge`: the code mailed when the screen was shown is read from the user's own inbox; with
 * `resend`, that one is read (and so known to be gone) before a new one is asked for and read.
 */
export async function emailChallenge(ctx: RunContext, options: CodeAnswerOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-email-challenge');
  const page = new EmailChallengePage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  let code = await ctx.mailbox.nextCode(ctx.user.email);
  if (options.resend) {
    await page.resendButton.click();
    await expectSameScreen(ctx);
    const resent = await ctx.mailbox.nextCode(ctx.user.email);
    code = resent;
  }
  await submitCodes(ctx, page, { right: () => Promise.resolve(code), wrong: () => otherCode(code) }, options);
}
