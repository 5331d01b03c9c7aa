import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from '@playwright/test';
import { expectScreen, type RunContext } from '../../../../harness/runner/run-context.ts';
import type { ObservedScreen } from '../../../../harness/browser/screen-tracker.ts';

const ORIGIN = 'https://acme-test.eu.auth0.com';

/** A browser showing `shows`, holding `cookies` for the tenant. */
function fakePage(shows: { text?: string; errorCodes?: string[]; cookies?: string[] }): Page {
  const page = {
    locator: () => ({
      innerText: () => Promise.resolve(shows.text ?? ''),
      evaluateAll: () => Promise.resolve(shows.errorCodes ?? []),
    }),
    context: () => ({
      cookies: (origin: string) =>
        Promise.resolve(origin === ORIGIN ? (shows.cookies ?? []).map((name) => ({ name })) : []),
    }),
  };
  return page as unknown as Page;
}

/** A scenario on its third line, whose next screen is `reached`. */
function context(page: Page, reached: ObservedScreen): RunContext {
  const url = new URL(reached === 'complete' ? 'http://localhost:4020/callback?code=x' : `${ORIGIN}/u/x`);
  return {
    page,
    target: { origin: ORIGIN },
    loaded: { file: 'scenarios/x.yaml', stepLocations: [] },
    tracker: { next: () => Promise.resolve({ url, screen: reached, requestedAt: 0 }) },
    observed: ['login-id', 'login-password'],
    login: { startedAt: new Date() },
  } as unknown as RunContext;
}

test('where a screen differs, the failure carries the one sentence the browser shows: a remembered browser', async () => {
  const ctx = context(fakePage({ cookies: ['auth0', 'auth0-mf'] }), 'complete');
  await assert.rejects(expectScreen(ctx, 'mfa-otp-challenge'), (error: Error) => {
    const [first, , sentence] = error.message.split('\n');
    assert.equal(first, 'scenarios/x.yaml: expected the mfa-otp-challenge screen, observed complete.');
    assert.match(sentence ?? '', /^ {2}the login reached the application without the expected MFA prompt/);
    return true;
  });
});

test('where a screen differs, the failure carries the one sentence the page shows: an expired transaction', async () => {
  const ctx = context(fakePage({ errorCodes: ['transaction-not-found'] }), 'login-password');
  await assert.rejects(expectScreen(ctx, 'mfa-otp-challenge'), /\n {2}the login transaction expired/);
});

test('a screen that never comes fails with the sentence too (a CAPTCHA in front of the form)', async () => {
  const ctx = context(fakePage({ errorCodes: ['invalid-captcha'] }), 'login-password');
  ctx.tracker = { next: () => Promise.reject(new Error('no page came within 20 s')) } as never;
  await assert.rejects(
    expectScreen(ctx, 'login-password'),
    /expected the login-password screen, but no page came within 20 s\n {2}the tenant shows a CAPTCHA \(Bot Detection\)/,
  );
});
