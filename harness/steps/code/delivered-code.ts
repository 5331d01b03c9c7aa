import { test } from '@playwright/test';
import { CODE_LATENCY, channelOf } from '../../report/timing-annotations.ts';
import { MESSAGE_TIMEOUT_MS } from '../../mail/mailbox.ts';
import type { CodeChallengePage } from '../../pages/code-challenge-page.ts';
import { expectSameScreen, type RunContext } from '../../runner/run-context.ts';
import { submitCodes, type CodeAnswerOptions } from './code-answer.ts';
import { otherCode } from './other-code.ts';

/**
 * A code sent when the screen was shown (email, text message, voice call), read from `inbox`; with
 * `resend`, that one is read first (so it cannot be mistaken for the new one), then a new one is asked for
 * and read. Wrong answers are codes of the same shape that differ from the one received.
 */
export async function answerDeliveredCode(
  ctx: RunContext,
  page: CodeChallengePage,
  inbox: string,
  options: CodeAnswerOptions,
): Promise<void> {
  const timeout = messageTimeoutMs(ctx);
  let code = await ctx.mailbox.nextCode(inbox, timeout);
  const sentAt = ctx.login?.current?.requestedAt;
  if (sentAt !== undefined)
    test.info().annotations.push({
      type: CODE_LATENCY,
      description: `${channelOf(inbox)} ${Math.round(performance.now() - sentAt)}`,
    });
  if (options.resend) {
    await page.resendButton.click();
    await expectSameScreen(ctx);
    code = await ctx.mailbox.nextCode(inbox, timeout);
  }
  await submitCodes(ctx, page, { right: () => Promise.resolve(code), wrong: () => otherCode(code) }, options);
}

/** The mock mails within milliseconds: give up well inside the test's own timeout, with the mailbox's message. */
export function messageTimeoutMs(ctx: RunContext): number {
  return ctx.target.kind === 'mock' ? 15_000 : MESSAGE_TIMEOUT_MS;
}
