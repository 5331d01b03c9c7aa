import { expect } from '@playwright/test';
import { exchangeCode } from '../oidc/exchange-code.ts';
import { METHODS_CLAIM } from '../provision/probe-action.ts';
import { isSubsequence } from '../logs/user-logs.ts';
import { expectScreen, where, type RunContext } from '../runner/run-context.ts';

interface Method {
  name: string;
  type?: string;
}

/**
 * `complete`: the application got a code; the harness exchanges it and verifies the id token (JWKS, issuer,
 * audience, nonce). `methods` must appear, in order, in what the probe Action saw, `absent` must not appear
 * there at all; `claims` must be in the token.
 */
export async function complete(
  ctx: RunContext,
  options: { methods?: Method[]; absent?: Method[]; claims?: Record<string, unknown> } = {},
): Promise<void> {
  const visit = await expectScreen(ctx, 'complete');
  const login = ctx.login;
  if (!login) throw new Error(`${where(ctx)}: no login in progress`);
  const code = visit.url.searchParams.get('code');
  expect(visit.url.searchParams.get('state'), `${where(ctx)}: the callback's state`).toBe(
    login.request.state,
  );
  expect(code, `${where(ctx)}: the callback carries a code`).toBeTruthy();
  login.idToken = await exchangeCode(ctx.target, login.request, code ?? '');
  const seen = (login.idToken[METHODS_CLAIM] ?? []) as Method[];
  const same = (a: Method, b: Method) => a.name === b.name && (a.type === undefined || a.type === b.type);
  if (options.methods) {
    expect(
      isSubsequence(options.methods, seen, same),
      `${where(ctx)}: event.authentication.methods seen after the last Action\n  expected (in order): ${JSON.stringify(options.methods)}\n  observed: ${JSON.stringify(seen)}`,
    ).toBe(true);
  }
  for (const unwanted of options.absent ?? []) {
    expect(
      seen.filter((method) => same(unwanted, method)),
      `${where(ctx)}: event.authentication.methods seen after the last Action must not include ${JSON.stringify(unwanted)}\n  observed: ${JSON.stringify(seen)}`,
    ).toEqual([]);
  }
  for (const [name, value] of Object.entries(options.claims ?? {})) {
    expect(login.idToken[name], `${where(ctx)}: id token claim ${name}`).toEqual(value);
  }
}

/** `denied`: the application got `error` (and, when given, exactly this `error_description`). */
export async function denied(
  ctx: RunContext,
  options: { error?: string; description?: string } = {},
): Promise<void> {
  const visit = await expectScreen(ctx, 'denied');
  expect(visit.url.searchParams.get('error'), `${where(ctx)}: the callback's error`).toBe(
    options.error ?? 'access_denied',
  );
  if (options.description !== undefined) {
    expect(
      visit.url.searchParams.get('error_description'),
      `${where(ctx)}: the callback's error_description`,
    ).toBe(options.description);
  }
}
