import { expect } from '@playwright/test';
import { z } from 'zod';
import { FactorType } from '../../format/vocabulary.ts';
import { isSubsequence } from '../../logs/user-logs.ts';
import { exchangeCode } from '../../oidc/exchange-code.ts';
import { METHODS_CLAIM } from '../../provision/probe-action.ts';
import { where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

const Method = z.strictObject({ name: z.string(), type: FactorType.optional() });
type Method = z.output<typeof Method>;

/** `{ name: mfa }` matches every mfa entry, `{ name: mfa, type: otp }` only the OTP one. */
const same = (expected: Method, seen: Method) =>
  expected.name === seen.name && (expected.type === undefined || expected.type === seen.type);

function matching(seen: readonly Method[], expected: Method): Method[] {
  return seen.filter((method) => same(expected, method));
}

/**
 * `complete`: the application got a code; the harness exchanges it and verifies the id token (JWKS, issuer,
 * audience, nonce). `methods` must appear, in order, in what the probe Action saw, `absent` must not appear
 * there at all; `claims` must be in the token.
 */
export default defineStep({
  name: 'complete',
  ends: () => true,
  screen: 'complete',
  options: z.strictObject({
    methods: z
      .array(Method)
      .optional()
      .describe(
        'event.authentication.methods as a probe Action after the last one sees them (subset, in order).',
      ),
    absent: z
      .array(Method)
      .optional()
      .describe(
        'Methods the probe Action must NOT see (e.g. [{ name: mfa }] when MFA runs after the last Action).',
      ),
    claims: z.record(z.string(), z.unknown()).optional().describe('Claims the id token must carry.'),
  }),
  title: () => 'tokens issued, id token verified',
  run: async (ctx, options, visit) => {
    const login = ctx.login;
    if (!login) throw new Error(`${where(ctx)}: no login in progress`);
    const code = visit.url.searchParams.get('code');
    expect(visit.url.searchParams.get('state'), `${where(ctx)}: the callback's state`).toBe(
      login.request.state,
    );
    expect(code, `${where(ctx)}: the callback carries a code`).toBeTruthy();
    login.idToken = await exchangeCode(ctx.target, login.request, code ?? '');
    // What the probe Action put in the token: its own claim, written from event.authentication.methods.
    const seen = (login.idToken[METHODS_CLAIM] ?? []) as Method[];
    if (options.methods) {
      expect(
        isSubsequence(options.methods, seen, same),
        `${where(ctx)}: event.authentication.methods seen after the last Action\n  expected (in order): ${JSON.stringify(options.methods)}\n  observed: ${JSON.stringify(seen)}`,
      ).toBe(true);
    }
    for (const unwanted of options.absent ?? []) {
      expect(
        matching(seen, unwanted),
        `${where(ctx)}: event.authentication.methods seen after the last Action must not include ${JSON.stringify(unwanted)}\n  observed: ${JSON.stringify(seen)}`,
      ).toEqual([]);
    }
    for (const [claim, value] of Object.entries(options.claims ?? {})) {
      expect(login.idToken[claim], `${where(ctx)}: id token claim ${claim}`).toEqual(value);
    }
  },
});
