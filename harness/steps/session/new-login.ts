import { z } from 'zod';
import { defineStep } from '../define-step.ts';

/**
 * `new-login`: the next steps are a second login. `session: same` keeps the browser's cookies (single sign-on,
 * recorded methods, remembered device: RED-4, RED-5); `session: new` starts from a clean browser.
 */
export default defineStep({
  name: 'new-login',
  options: z.strictObject({
    session: z
      .enum(['same', 'new'])
      .default('same')
      .describe('Keep the browser session (cookies) or start clean.'),
  }),
  title: (o) => `a new login, ${o.session} session`,
  run: async (ctx, options) => {
    if (options.session === 'new') await ctx.page.context().clearCookies();
    ctx.login = undefined;
  },
});
