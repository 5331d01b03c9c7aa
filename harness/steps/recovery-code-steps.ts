import { expect } from '@playwright/test';
import { RecoveryCodeChallengePage } from '../pages/recovery-code-challenge-page.ts';
import { RecoveryCodeEnrollmentPage } from '../pages/recovery-code-enrollment-page.ts';
import { RecoveryCodeNewCodePage } from '../pages/recovery-code-new-code-page.ts';
import { expectSameScreen, expectScreen, where, type RunContext } from '../runner/run-context.ts';
import { submitCodes, type CodeAnswerOptions } from './code-challenge-step.ts';
import { otherCode } from './other-code.ts';

export interface ShownCodeOptions {
  /** Press Continue without ticking `saved` first: the screen must answer `no-confirmation`. */
  unconfirmedFirst?: boolean;
}

/**
 * A screen that shows a recovery code once (ENR-9): the code is read and kept as the user's
 * (`ctx.user.recoveryCode`), then confirmed as saved.
 */
async function captureShownCode(
  ctx: RunContext,
  page: RecoveryCodeEnrollmentPage,
  options: ShownCodeOptions,
): Promise<string> {
  const code = await page.code();
  if (!code) throw new Error(`${where(ctx)}: the screen shows no 24-character recovery code`);
  if (options.unconfirmedFirst) {
    await page.confirm({ saved: false });
    await expectSameScreen(ctx);
    expect(await page.errorCode('saved'), `${where(ctx)}: error shown without the confirmation`).toBe(
      'no-confirmation',
    );
    expect(await page.code(), `${where(ctx)}: the same code is shown again`).toBe(code);
  }
  await page.confirm();
  ctx.user.recoveryCode = code;
  return code;
}

/** `mfa-recovery-code-enrollment`: the code shown at the first enrollment, captured and confirmed. */
export async function recoveryCodeEnrollment(ctx: RunContext, options: ShownCodeOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-recovery-code-enrollment');
  await captureShownCode(ctx, new RecoveryCodeEnrollmentPage(ctx.page), options);
}

function recoveryCode(ctx: RunContext): string {
  if (!ctx.user.recoveryCode)
    throw new Error(
      `${where(ctx)}: the harness has no recovery code for this user: the Management API cannot create one, ` +
        'so enroll a first factor in an earlier login of the scenario (mfa-recovery-code-enrollment captures it)',
    );
  return ctx.user.recoveryCode;
}

/** `mfa-recovery-code-challenge`: answered with the code captured earlier (wrong ones first when asked). */
export async function recoveryCodeChallenge(ctx: RunContext, options: CodeAnswerOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-recovery-code-challenge');
  const page = new RecoveryCodeChallengePage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  const code = recoveryCode(ctx);
  await submitCodes(ctx, page, { right: () => Promise.resolve(code), wrong: () => otherCode(code) }, options);
}

/** `mfa-recovery-code-challenge-new-code`: a new code replaced the used one; it is captured and confirmed. */
export async function recoveryCodeNewCode(ctx: RunContext, options: ShownCodeOptions = {}): Promise<void> {
  await expectScreen(ctx, 'mfa-recovery-code-challenge-new-code');
  const used = ctx.user.recoveryCode;
  const code = await captureShownCode(ctx, new RecoveryCodeNewCodePage(ctx.page), options);
  expect(code, `${where(ctx)}: the new recovery code differs from the one used`).not.toBe(used);
}
