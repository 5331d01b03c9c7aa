import { expect } from '@playwright/test';
import { z } from 'zod';
import { LoginPasswordPage } from '../../pages/login-password-page.ts';
import { expectSameScreen } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

/** `login-password`: the password screen; `wrong: n` first submits n wrong passwords (each shows the error). */
export default defineStep({
  name: 'login-password',
  screen: 'login-password',
  // `wrong` is optional so that `- login-password` is `login-password: {}`, as for every step.
  options: z.strictObject({ wrong: z.number().int().min(1).max(5).optional() }),
  title: (o) => (o.wrong ? `enter the password after ${o.wrong} wrong` : 'enter the password'),
  run: async (ctx, options) => {
    const page = new LoginPasswordPage(ctx.page);
    for (let i = 0; i < (options.wrong ?? 0); i += 1) {
      await page.submitPassword(`${ctx.user.password}-wrong`);
      await expectSameScreen(ctx);
      await expect(page.fieldError('password')).toBeVisible();
    }
    await page.submitPassword(ctx.user.password);
  },
});
