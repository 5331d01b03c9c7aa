import { expect } from '@playwright/test';
import { uniquePhoneNumber } from '../devices/phone-number.ts';
import { phoneInbox, type PhoneChannel } from '../../contract/delivery.ts';
import { PhoneChallengePage } from '../pages/phone-challenge-page.ts';
import { PhoneEnrollmentPage } from '../pages/phone-enrollment-page.ts';
import { SmsChallengePage } from '../pages/sms-challenge-page.ts';
import { SmsEnrollmentVerifyPage } from '../pages/sms-enrollment-verify-page.ts';
import { VoiceChallengePage } from '../pages/voice-challenge-page.ts';
import { expectSameScreen, expectScreen, where, type RunContext } from '../runner/run-context.ts';
import type { CodeAnswerOptions } from './code-challenge-step.ts';
import { answerDeliveredCode, messageTimeoutMs } from './delivered-code-step.ts';

export interface PhoneEnrollmentOptions {
  method?: PhoneChannel;
  phone_number?: string;
  invalidNumberFirst?: boolean;
  tryAnotherMethod?: boolean;
}

export interface PhoneCodeOptions extends CodeAnswerOptions {
  /** On the text screen: ask for a call instead. */
  switchToVoice?: boolean;
  /** On the voice screen: ask for a text message instead. */
  switchToSms?: boolean;
}

function userPhone(ctx: RunContext): { number: string; method: PhoneChannel } {
  if (!ctx.user.phone)
    throw new Error(
      `${where(ctx)}: the user has no phone: add { type: phone } to user.enrollments, or enroll one earlier with mfa-phone-enrollment`,
    );
  return ctx.user.phone;
}

/**
 * `mfa-phone-enrollment`: a number of the run's own (or the scenario's), and text or call; an invalid
 * number first, when asked, must show `invalid-phone`.
 */
export async function phoneEnrollment(ctx: RunContext, options: PhoneEnrollmentOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-phone-enrollment');
  const page = new PhoneEnrollmentPage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  const method = options.method ?? 'sms';
  const offered = await page.methods();
  expect(offered, `${where(ctx)}: the enrollment offers ${method}`).toContain(method);
  if (options.invalidNumberFirst) {
    await page.submitNumber('+12', method);
    await expectSameScreen(ctx);
    expect(await page.errorCode('phone'), `${where(ctx)}: error shown for an invalid number`).toBe(
      'invalid-phone',
    );
  }
  const number = options.phone_number ?? uniquePhoneNumber();
  await page.submitNumber(number, method);
  ctx.user.phone = { number, method };
}

/** `mfa-sms-enrollment-verify`: the code texted or spoken to the number being enrolled. */
export async function smsEnrollmentVerify(ctx: RunContext, options: CodeAnswerOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-sms-enrollment-verify');
  const phone = userPhone(ctx);
  await answerDeliveredCode(
    ctx,
    new SmsEnrollmentVerifyPage(ctx.page),
    phoneInbox(phone.number, phone.method),
    options,
  );
}

/** `mfa-phone-challenge`: offers exactly `expect` (default both), and takes `choose` (SEL-8). */
export async function phoneChallenge(
  ctx: RunContext,
  options: { choose: PhoneChannel; expect?: PhoneChannel[] },
): Promise<void> {
  await expectScreen(ctx, 'mfa-phone-challenge');
  const page = new PhoneChallengePage(ctx.page);
  expect(await page.methods(), `${where(ctx)}: the methods offered`).toEqual(
    options.expect ?? ['sms', 'voice'],
  );
  await page.choose(options.choose);
}

/**
 * `mfa-sms-challenge` / `mfa-voice-challenge`: the code from the phone's text or call inbox. With
 * `switchToVoice` / `switchToSms`, the code already sent is read (so no stale code waits in the inbox) and
 * the user switches to the other method.
 */
export async function phoneCodeChallenge(
  ctx: RunContext,
  channel: PhoneChannel,
  options: PhoneCodeOptions = {},
): Promise<void> {
  await expectScreen(ctx, channel === 'sms' ? 'mfa-sms-challenge' : 'mfa-voice-challenge');
  const page = channel === 'sms' ? new SmsChallengePage(ctx.page) : new VoiceChallengePage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  const inbox = phoneInbox(userPhone(ctx).number, channel);
  const switchButton =
    page instanceof SmsChallengePage
      ? options.switchToVoice && page.switchToVoiceButton
      : options.switchToSms && page.switchToSmsButton;
  if (switchButton) {
    await ctx.mailbox.nextMessage(inbox, messageTimeoutMs(ctx));
    await switchButton.click();
    return;
  }
  await answerDeliveredCode(ctx, page, inbox, options);
}
