import { expect } from '@playwright/test';
import { z } from 'zod';
import { CUSTOM_FACTOR_ORIGIN, customFactorToken, verifyActionToken } from '../../devices/custom-factor.ts';
import { navigate, SCREEN_TIMEOUT_MS, where, type RunContext } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

/** The value of the Action secret `name`, from the scenario's tenant (the custom factor shares it). */
function secretValue(ctx: RunContext, name: string): string {
  for (const action of ctx.loaded.actions) {
    const value = action.secrets[name];
    if (value !== undefined) return value;
  }
  throw new Error(
    `${where(ctx)}: no Action of this scenario has a secret named ${name} to sign the session token`,
  );
}

/**
 * `redirect`: a redirect Action sent the browser to `to` (RED-1); the harness plays the custom factor: checks
 * the Action's `session_token`, when there is one, as HS256 over the secret (RED-2), and sends the user back
 * to /continue with the state it got and a session token signed with the Action's secret: `valid`,
 * `invalid` (another secret) or `expired` (RED-3).
 */
export default defineStep({
  name: 'redirect',
  screen: 'custom-factor',
  options: z
    .strictObject({
      to: z
        .url()
        .describe(
          'Where the redirect Action sends the user (origin and path), e.g. https://custom-factor.example/verify.',
        ),
      return: z
        .enum(['valid', 'invalid', 'expired'])
        .default('valid')
        .describe('The session token the custom factor sends back to /continue.'),
      secret: z
        .string()
        .default('SESSION_TOKEN_SECRET')
        .describe(
          "Name of the Action secret the token is signed with (the scenario's Actions give its value).",
        ),
    })
    .describe('A redirect Action sent the user away; the harness plays the custom factor (RED-1, RED-3).'),
  title: (o) => `the custom factor at ${o.to} answers with a ${o.return} session token`,
  run: async (ctx, options, visit) => {
    expect(`${visit.url.origin}${visit.url.pathname}`, `${where(ctx)}: where the Action sent the user`).toBe(
      options.to,
    );
    const state = visit.url.searchParams.get('state');
    if (!state) throw new Error(`${where(ctx)}: the redirect to ${visit.url.href} carries no state`);
    const secret = secretValue(ctx, options.secret);
    const outgoing = visit.url.searchParams.get('session_token');
    if (outgoing) {
      await verifyActionToken(outgoing, secret, Date.now() + ctx.clockAheadMs).catch((error: Error) => {
        throw new Error(
          `${where(ctx)}: the session_token the Action sent (api.redirect.encodeToken) does not verify: ${error.message}`,
        );
      });
    }
    const token = await customFactorToken({
      secret,
      state,
      userId: ctx.user.userId,
      issuer: ctx.target.domain,
      kind: options.return,
      at: Date.now() + ctx.clockAheadMs,
    });
    // Nothing answers at the custom factor: let the browser settle on its error page (or whatever a proxy
    // shows there) before leaving, or that late navigation would cut the next one short.
    await ctx.page.waitForURL(
      (url) => url.protocol === 'chrome-error:' || url.origin === CUSTOM_FACTOR_ORIGIN,
      { timeout: SCREEN_TIMEOUT_MS },
    );
    const back = new URLSearchParams({ state, session_token: token });
    await navigate(ctx, `${ctx.target.origin}/continue?${back.toString()}`);
  },
});
