import { resolve } from 'node:path';
import { test } from '@playwright/test';
import type { Step } from '../format/schema.ts';
import type { RunContext } from './run-context.ts';
import { loginId, loginPassword } from '../steps/login-steps.ts';
import { otpChallenge } from '../steps/otp-challenge-step.ts';
import { otpEnrollment } from '../steps/otp-enrollment-step.ts';
import { emailChallenge } from '../steps/email-challenge-step.ts';
import {
  recoveryCodeChallenge,
  recoveryCodeEnrollment,
  recoveryCodeNewCode,
  type ShownCodeOptions,
} from '../steps/recovery-code-steps.ts';
import {
  phoneChallenge,
  phoneCodeChallenge,
  phoneEnrollment,
  smsEnrollmentVerify,
  type PhoneCodeOptions,
  type PhoneEnrollmentOptions,
} from '../steps/phone-steps.ts';
import { picker } from '../steps/picker-step.ts';
import { answerWebauthn, describeWebauthn, webauthnError } from '../steps/webauthn-steps.ts';
import type { WebauthnAnswerOptions } from '../steps/webauthn-steps.ts';
import { describePush, pushChallenge, pushEnrollment, type PushAnswerOptions } from '../steps/push-steps.ts';
import { complete, denied } from '../steps/outcome-steps.ts';
import { describeLog, logs, type ExpectedLog } from '../steps/logs-step.ts';
import { redirect, type RedirectOptions } from '../steps/redirect-step.ts';
import { newLogin, risk } from '../steps/session-steps.ts';
import type { CodeAnswerOptions } from '../steps/code-challenge-step.ts';

type KeysOf<T> = T extends object ? keyof T : never;
type StepName = Extract<Step, string> | KeysOf<Step>;

/** A step as [name, options]: `- complete` and `- complete: {…}` are the same step. */
export function stepEntry(step: Step): [StepName, Record<string, unknown>] {
  if (typeof step === 'string') return [step, {}];
  const [name, options] = Object.entries(step)[0] as [StepName, unknown];
  return [name, (options ?? {}) as Record<string, unknown>];
}

function describeCode(options: CodeAnswerOptions, factor: string): string {
  if (options.tryAnotherMethod) return 'try another method';
  const wrong = options.wrong ? ` after ${options.wrong} wrong code${options.wrong > 1 ? 's' : ''}` : '';
  return `answer with ${factor}${wrong}${options.rememberBrowser ? ', remember this device' : ''}`;
}

interface StepHandler {
  title: (options: never) => string;
  run: (ctx: RunContext, options: never) => Promise<void>;
}

const handler = <O>(title: (options: O) => string, run: (ctx: RunContext, options: O) => Promise<void>) =>
  ({ title, run }) as StepHandler;

/** Every step a scenario can say, with the title it has in the report. */
const STEPS: Record<StepName, StepHandler> = {
  'login-id': handler(() => 'enter the email', loginId),
  'login-password': handler<{ wrong?: number }>(
    (o) => (o.wrong ? `enter the password after ${o.wrong} wrong` : 'enter the password'),
    loginPassword,
  ),
  'mfa-otp-challenge': handler<CodeAnswerOptions>((o) => describeCode(o, 'OTP'), otpChallenge),
  'mfa-otp-enrollment': handler<CodeAnswerOptions>(
    (o) =>
      o.tryAnotherMethod
        ? 'try another method'
        : `read the secret, answer with OTP${o.wrong ? ` after ${o.wrong} wrong` : ''}`,
    otpEnrollment,
  ),
  'mfa-email-challenge': handler<CodeAnswerOptions>(
    (o) => describeCode(o, 'the emailed code'),
    emailChallenge,
  ),
  'mfa-phone-enrollment': handler<PhoneEnrollmentOptions>(
    (o) => (o.tryAnotherMethod ? 'try another method' : `enter a phone number for ${o.method ?? 'sms'}`),
    phoneEnrollment,
  ),
  'mfa-sms-enrollment-verify': handler<CodeAnswerOptions>(
    (o) => describeCode(o, 'the code sent to the phone'),
    smsEnrollmentVerify,
  ),
  'mfa-phone-challenge': handler<{ choose: 'sms' | 'voice' }>(
    (o) => `choose ${o.choose === 'sms' ? 'a text message' : 'a voice call'}`,
    phoneChallenge,
  ),
  'mfa-sms-challenge': handler<PhoneCodeOptions>(
    (o) => (o.switchToVoice ? 'switch to a voice call' : describeCode(o, 'the texted code')),
    (ctx, o) => phoneCodeChallenge(ctx, 'sms', o),
  ),
  'mfa-voice-challenge': handler<PhoneCodeOptions>(
    (o) => (o.switchToSms ? 'switch to a text message' : describeCode(o, 'the code heard in the call')),
    (ctx, o) => phoneCodeChallenge(ctx, 'voice', o),
  ),
  'mfa-recovery-code-enrollment': handler<ShownCodeOptions>(
    (o) =>
      `capture the recovery code, confirm it is saved${o.unconfirmedFirst ? ' (after trying without)' : ''}`,
    recoveryCodeEnrollment,
  ),
  'mfa-recovery-code-challenge': handler<CodeAnswerOptions>(
    (o) => describeCode(o, 'the recovery code'),
    recoveryCodeChallenge,
  ),
  'mfa-recovery-code-challenge-new-code': handler<ShownCodeOptions>(
    (o) =>
      `capture the new recovery code, confirm it is saved${o.unconfirmedFirst ? ' (after trying without)' : ''}`,
    recoveryCodeNewCode,
  ),
  'mfa-login-options': handler<{ expect: never[]; pick: never }>(
    (o) => `offers ${o.expect.join(', ')}; pick ${String(o.pick)}`,
    (ctx, o) => picker(ctx, 'mfa-login-options', o),
  ),
  'mfa-enroll-options': handler<{ expect: never[]; pick: never }>(
    (o) => `offers ${o.expect.join(', ')}; pick ${String(o.pick)}`,
    (ctx, o) => picker(ctx, 'mfa-enroll-options', o),
  ),
  'mfa-webauthn-roaming-enrollment': handler<WebauthnAnswerOptions>(
    (o) => describeWebauthn(o, 'security key'),
    (ctx, o) => answerWebauthn(ctx, 'webauthn-roaming', 'enroll', o),
  ),
  'mfa-webauthn-roaming-challenge': handler<WebauthnAnswerOptions>(
    (o) => describeWebauthn(o, 'security key'),
    (ctx, o) => answerWebauthn(ctx, 'webauthn-roaming', 'challenge', o),
  ),
  'mfa-webauthn-platform-enrollment': handler<WebauthnAnswerOptions>(
    (o) => describeWebauthn(o, 'platform authenticator'),
    (ctx, o) => answerWebauthn(ctx, 'webauthn-platform', 'enroll', o),
  ),
  'mfa-webauthn-platform-challenge': handler<WebauthnAnswerOptions>(
    (o) => describeWebauthn(o, 'platform authenticator'),
    (ctx, o) => answerWebauthn(ctx, 'webauthn-platform', 'challenge', o),
  ),
  'mfa-webauthn-error': handler<{ then?: 'try-again' | 'try-another-method' | 'refuse' }>(
    (o) => `the WebAuthn error screen${o.then ? `, then ${o.then}` : ''}`,
    webauthnError,
  ),
  'mfa-push-enrollment': handler(() => 'the Guardian app scans the QR code and enrolls', pushEnrollment),
  'mfa-push-challenge': handler<PushAnswerOptions>(describePush, pushChallenge),
  complete: handler(() => 'tokens issued, id token verified', complete),
  denied: handler<{ error?: string }>((o) => `the application gets ${o.error ?? 'access_denied'}`, denied),
  'new-login': handler<{ session?: 'same' | 'new' }>(
    (o) => `a new login, ${o.session ?? 'same'} session`,
    newLogin,
  ),
  risk: handler<{ confidence: string; assessments: Record<string, unknown> }>(
    (o) => `risk assessment: ${o.confidence} confidence`,
    risk,
  ),
  redirect: handler<RedirectOptions>(
    (o) => `the custom factor at ${o.to} answers with a ${o.return ?? 'valid'} session token`,
    redirect,
  ),
  logs: handler<ExpectedLog[]>((o) => o.map(describeLog).join(', '), logs),
};

/** What one step may take, and each wrong code on top (a real tenant is slower than the mock). */
const STEP_BUDGET_MS = { mock: 5_000, tenant: 30_000 } as const;
const WRONG_CODE_BUDGET_MS = { mock: 2_000, tenant: 5_000 } as const;

/**
 * The test's timeout grows with what the scenario does (three logins, ten wrong codes): one fixed timeout
 * either fails long scenarios on a busy machine or lets a stuck short one hang.
 */
function budgetMs(steps: readonly Step[], target: 'mock' | 'tenant'): number {
  const wrong = steps.reduce((sum, step) => {
    const options = stepEntry(step)[1];
    return sum + (typeof options.wrong === 'number' ? options.wrong : 0);
  }, 0);
  return steps.length * STEP_BUDGET_MS[target] + wrong * WRONG_CODE_BUDGET_MS[target];
}

/** Runs the steps in order, each as a `test.step` titled after its screen, so the report reads as the flow. */
export async function runSteps(ctx: RunContext, steps: readonly Step[]): Promise<void> {
  test.setTimeout(Math.max(test.info().timeout, budgetMs(steps, ctx.target.kind)));
  for (const [index, step] of steps.entries()) {
    ctx.stepIndex = index;
    const [name, options] = stepEntry(step);
    const { title, run } = STEPS[name];

    // The report points at the step's line in the scenario file, not at this loop.
    const at = ctx.loaded.stepLocations[index];
    const location = at && { file: resolve(ctx.loaded.file), line: at.line, column: at.col };
    await test.step(`${name}: ${title(options as never)}`, () => run(ctx, options as never), { location });
  }
}
