import { expect } from '@playwright/test';
import type { FactorType } from '../format/schema.ts';
import { FactorPickerPage } from '../pages/factor-picker-page.ts';
import { expectScreen, where, type RunContext } from '../runner/run-context.ts';

/** `mfa-login-options` / `mfa-enroll-options`: offers exactly `expect`, in that order (SEL-3, ENR-2); picks one. */
export async function picker(
  ctx: RunContext,
  screen: 'mfa-login-options' | 'mfa-enroll-options',
  options: { expect: FactorType[]; pick: FactorType },
): Promise<void> {
  await expectScreen(ctx, screen);
  const page = new FactorPickerPage(ctx.page);
  expect(await page.offered(), `${where(ctx)}: the factors offered, in order`).toEqual(options.expect);
  await page.pick(options.pick);
}
