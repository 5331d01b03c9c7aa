import { z } from 'zod';
import { WebauthnErrorPage } from '../../pages/webauthn-error-page.ts';
import { defineStep } from '../define-step.ts';

/** `mfa-webauthn-error`: the error screen is shown; optionally press one of its buttons. */
export default defineStep({
  name: 'mfa-webauthn-error',
  ends: () => true,
  screen: 'mfa-webauthn-error',
  options: z.strictObject({
    then: z
      .enum(['try-again', 'try-another-method', 'refuse'])
      .optional()
      .describe('What to press on the error screen (default: nothing, the scenario looks at it).'),
  }),
  title: (o) => `the WebAuthn error screen${o.then ? `, then ${o.then}` : ''}`,
  run: async (ctx, options) => {
    const page = new WebauthnErrorPage(ctx.page);
    if (options.then === 'try-again') await page.tryAgainButton.click();
    if (options.then === 'try-another-method') await page.tryAnotherMethodButton.click();
    if (options.then === 'refuse') await page.refuseButton.click();
  },
});
