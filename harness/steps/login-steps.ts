import { expect } from '@playwright/test';
import { LoginIdPage } from '../pages/login-id-page.ts';
import { LoginPasswordPage } from '../pages/login-password-page.ts';
import { expectSameScreen, expectScreen, type RunContext } from '../runner/run-context.ts';

/** `login-id`: the identifier screen, answered with the scenario user's email. */
export async function loginId(ctx: RunContext): Promise<void> {
  await expectScreen(ctx, 'login-id');
  await new LoginIdPage(ctx.page).submitEmail(ctx.user.email);
}

/** `login-password`: the password screen; `wrong: n` first submits n wrong passwords (each shows the error). */
export async function loginPassword(ctx: RunContext, options: { wrong?: number } = {}): Promise<void> {
  await expectScreen(ctx, 'login-password');
  const page = new LoginPasswordPage(ctx.page);
  for (let i = 0; i < (options.wrong ?? 0); i += 1) {
    await page.submitPassword(`${ctx.user.password}-wrong`);
    await expectSameScreen(ctx);
    await expect(page.fieldError('password')).toBeVisible();
  }
  await page.submitPassword(ctx.user.password);
}
