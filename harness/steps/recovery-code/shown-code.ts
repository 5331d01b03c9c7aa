import { expect } from '@playwright/test';
import { z } from 'zod';
import type { RecoveryCodeEnrollmentPage } from '../../pages/recovery-code-enrollment-page.ts';
import { expectSameScreen, where, type RunContext } from '../../runner/run-context.ts';

/** The options of a screen that shows a recovery code once. */
export const ShownCode = z.strictObject({
  unconfirmedFirst: z
    .boolean()
    .optional()
    .describe('Press Continue without ticking "saved" first (no-confirmation).'),
});

/** A step title: the code captured and confirmed (`what`: the recovery code, the new recovery code). */
export function describeShownCode(options: z.output<typeof ShownCode>, what: string): string {
  return `capture ${what}, confirm it is saved${options.unconfirmedFirst ? ' (after trying without)' : ''}`;
}

/**
 * A screen that shows a recovery code once (ENR-9): the code is read and kept as the user's
 * (`ctx.user.recoveryCode`), then confirmed as saved; `unconfirmedFirst` presses Continue without ticking
 * `saved` first, which must answer `no-confirmation`.
 */
export async function captureShownCode(
  ctx: RunContext,
  page: RecoveryCodeEnrollmentPage,
  options: z.output<typeof ShownCode>,
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
