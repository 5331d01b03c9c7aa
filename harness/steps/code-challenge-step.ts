import { expect } from '@playwright/test';
import type { ScreenName } from '../../contract/screens.ts';
import { CodeChallengePage } from '../pages/code-challenge-page.ts';
import { expectSameScreen, expectScreen, where, type RunContext } from '../runner/run-context.ts';

export interface CodeAnswerOptions {
  wrong?: number;
  expectError?: string;
  rememberBrowser?: boolean;
  offersRememberBrowser?: boolean;
  tryAnotherMethod?: boolean;
  resend?: boolean;
}

/** Where a code-based challenge gets its right and wrong codes from (the OTP app, the mailbox, the phone). */
export interface CodeSource {
  right: (ctx: RunContext) => Promise<string>;
  wrong: (ctx: RunContext) => Promise<string>;
}

/**
 * A code challenge screen: optionally "Try another method" (and stop); else `wrong` wrong codes, each
 * re-rendering the screen with an error (`invalid-code`, or `too-many-failures` once MFA locks, LOG-3),
 * then the right code — unless MFA is locked, when the step ends on the error.
 */
export async function answerCodeChallenge(
  ctx: RunContext,
  screen: ScreenName,
  source: CodeSource,
  options: CodeAnswerOptions = {},
): Promise<void> {
  await expectScreen(ctx, screen);
  const page = new CodeChallengePage(ctx.page);
  if (options.tryAnotherMethod) {
    await page.tryAnotherMethodButton.click();
    return;
  }
  if (options.resend) {
    await page.resendButton.click();
    await expectSameScreen(ctx);
  }
  await submitCodes(ctx, page, source, options);
}

/**
 * On the code screen the browser shows: `wrong` wrong codes, each checked for its error, then the right
 * one (not when MFA locked). For screens that need something done before the codes (OTP enrollment).
 */
export async function submitCodes(
  ctx: RunContext,
  page: CodeChallengePage,
  source: CodeSource,
  options: CodeAnswerOptions = {},
): Promise<void> {
  if (options.offersRememberBrowser !== undefined || options.rememberBrowser) {
    const offered = options.offersRememberBrowser ?? true;
    await expect(
      page.rememberBrowser,
      `${where(ctx)}: "Remember this device" is ${offered ? '' : 'not '}offered`,
    ).toHaveCount(offered ? 1 : 0);
  }
  const wrong = options.wrong ?? 0;
  let lastError: string | undefined;
  for (let i = 1; i <= wrong; i += 1) {
    await page.submitCode(await source.wrong(ctx));
    await expectSameScreen(ctx);
    lastError = await page.errorCode('code');
    const expected =
      i === wrong && options.expectError
        ? options.expectError
        : i >= 10
          ? 'too-many-failures'
          : 'invalid-code';
    expect(lastError, `${where(ctx)}: error shown after wrong code ${i}`).toBe(expected);
  }
  if (lastError === 'too-many-failures') return;
  await page.submitCode(await source.right(ctx), { rememberBrowser: options.rememberBrowser });
}
