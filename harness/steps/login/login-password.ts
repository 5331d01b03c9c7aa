import { expect } from '@playwright/test';
import { z } from 'zod';
import { LoginPasswordPage } from '../../pages/login-password-page.ts';
import { expectSameScreen } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

/**
 * `login-password`: the password screen; `wrong: n` first submits n wrong passwords (each shows the error);
 * `blocked: true`: the right password is then refused because brute-force protection blocked the user
 * (`user-blocked`), and the login goes no further.
 */
export default defineStep({
  name: 'login-password',
  screen: 'login-password',
  // The options are optional so that `- login-password` is `login-password: {}`, as for every step.
  options: z.strictObject({
    wrong: z.number().int().min(1).max(10).optional().describe('Submit this many wrong passwords first.'),
    blocked: z
      .literal(true)
      .optional()
      .describe('The right password is then refused: brute-force protection blocked the user.'),
  }),
  ends: (o) => o.blocked === true,
  title: (o) =>
    [
      o.wrong ? `enter the password after ${o.wrong} wrong` : 'enter the password',
      o.blocked ? 'which is refused: the user is blocked' : '',
    ]
      .filter(Boolean)
      .join(', '),
  run: async (ctx, options) => {
    const page = new LoginPasswordPage(ctx.page);
    for (let i = 0; i < (options.wrong ?? 0); i += 1) {
      await page.submitPassword(`${ctx.user.password}-wrong`);
      await expectSameScreen(ctx);
      await expect(page.fieldError('password')).toBeVisible();
    }
    await page.submitPassword(ctx.user.password);
    if (!options.blocked) return;
    await expectSameScreen(ctx);
    await expect(page.fieldError('password')).toHaveAttribute('data-error-code', 'user-blocked');
  },
});
