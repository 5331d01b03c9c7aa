/**
 * What every code screen is answered with (OTP, email, text, call, recovery code): the options a scenario
 * gives, the title they make, and the answer itself (wrong codes first, each checked for its error).
 */
import { expect } from '@playwright/test';
import { z } from 'zod';
import type { CodeChallengePage } from '../../pages/code-challenge-page.ts';
import { expectSameScreen, where, type RunContext } from '../../runner/run-context.ts';

/** Options shared by every code-based challenge screen. */
export const CodeAnswer = z.strictObject({
  wrong: z.number().int().min(0).max(10).default(0).describe('Submit this many wrong codes first.'),
  expectError: z
    .string()
    .optional()
    .describe('data-error-code shown after the wrong codes (default invalid-code).'),
  rememberBrowser: z.boolean().optional().describe('Tick "Remember this device".'),
  offersRememberBrowser: z
    .boolean()
    .optional()
    .describe('The screen offers "Remember this device" (true) or does not (false).'),
  resend: z.boolean().optional().describe('Ask for a new code first.'),
});

/** Any selection of the code options: each screen's schema picks the ones it offers. */
export type CodeAnswerOptions = Partial<z.output<typeof CodeAnswer>>;

/** Where a code screen gets its right and wrong codes from (the OTP app, the mailbox, the phone). */
export interface CodeSource {
  right: (ctx: RunContext) => Promise<string>;
  wrong: (ctx: RunContext) => Promise<string>;
}

/** Ten wrong codes lock MFA (LOG-3): the step ends on `too-many-failures`, and so does the login. */
export function endsLocked(options: CodeAnswerOptions): boolean {
  return (options.wrong ?? 0) >= 10;
}

/** A step title: `answer with <factor>`, after the wrong codes, remembering the device. */
export function describeCode(options: CodeAnswerOptions, factor: string): string {
  const wrong = options.wrong ? ` after ${options.wrong} wrong code${options.wrong > 1 ? 's' : ''}` : '';
  return `answer with ${factor}${wrong}${options.rememberBrowser ? ', remember this device' : ''}`;
}

/**
 * On the code screen the browser shows: `wrong` wrong codes, each re-rendering the screen with an error
 * (`invalid-code`, or `too-many-failures` once MFA locks, LOG-3), then the right code, unless MFA is
 * locked, when the step ends on the error.
 */
export async function submitCodes(
  ctx: RunContext,
  page: CodeChallengePage,
  source: CodeSource,
  options: CodeAnswerOptions,
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
