import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  forgetBrowsers,
  isBrowserRemembered,
  rememberBrowser,
} from '../../../../mock/pipeline/remember-browser.ts';

const DAY_MS = 24 * 3600 * 1000;
const alice = { user_id: 'auth0|alice' };
const bob = { user_id: 'auth0|bob' };
const withCookie = (value: string) => ({ cookies: { 'auth0-mf': value } });
const tenant = () => ({ rememberedBrowsers: new Map<string, { userId: string; expiresAt: number }>() });

test('SEQ-6: a browser remembered for a user skips MFA for 30 days, not a millisecond more (contract §5)', (context) => {
  // The test's own clock: Date.now() moves only when the test ticks it.
  context.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const t = tenant();
  rememberBrowser(t, alice, 'cookie-1');
  context.mock.timers.tick(30 * DAY_MS - 1);
  assert.equal(isBrowserRemembered(t, alice, withCookie('cookie-1')), true);
  context.mock.timers.tick(1);
  assert.equal(isBrowserRemembered(t, alice, withCookie('cookie-1')), false);
});

test("SEQ-6: another user's cookie, an unknown cookie or none at all is no remembered browser", () => {
  const t = tenant();
  rememberBrowser(t, alice, 'cookie-1');
  assert.equal(isBrowserRemembered(t, bob, withCookie('cookie-1')), false);
  assert.equal(isBrowserRemembered(t, alice, withCookie('cookie-2')), false);
  assert.equal(isBrowserRemembered(t, alice, { cookies: {} }), false);
});

test('SEQ-6: invalidating remember-browser forgets every browser of that user and only of that user', () => {
  const t = tenant();
  rememberBrowser(t, alice, 'alice-laptop');
  rememberBrowser(t, alice, 'alice-phone');
  rememberBrowser(t, bob, 'bob-laptop');
  forgetBrowsers(t, alice.user_id);
  assert.deepEqual([...t.rememberedBrowsers.keys()], ['bob-laptop']);
});
