import type { Locator } from '@playwright/test';
import { phoneInbox, type PhoneChannel } from '../../../contract/delivery.ts';
import type { CodeChallengePage } from '../../pages/code-challenge-page.ts';
import type { RunContext } from '../../runner/run-context.ts';
import type { CodeAnswerOptions } from '../code/code-answer.ts';
import { answerDeliveredCode, messageTimeoutMs } from '../code/delivered-code.ts';
import { userPhone } from './user-phone.ts';

/**
 * `mfa-sms-challenge` / `mfa-voice-challenge`: the code from the phone's text or call inbox. With a
 * `switchButton` (switchToVoice / switchToSms), the code already sent is read (so no stale code waits in
 * the inbox) and the user switches to the other method.
 */
export async function answerPhoneCode(
  ctx: RunContext,
  channel: PhoneChannel,
  page: CodeChallengePage,
  options: CodeAnswerOptions,
  switchButton: Locator | undefined,
): Promise<void> {
  const inbox = phoneInbox(userPhone(ctx).number, channel);
  if (switchButton) {
    await ctx.mailbox.nextMessage(inbox, messageTimeoutMs(ctx));
    await switchButton.click();
    return;
  }
  await answerDeliveredCode(ctx, page, inbox, options);
}
