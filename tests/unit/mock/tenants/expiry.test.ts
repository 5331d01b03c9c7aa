/**
 * Everything a login leaves in a tenant ends on its lifetime (docs/decisions/0051), on the mock's clock moved
 * forward (mock/clock.ts), never on a wait: refused when read afterwards, and gone from memory after a sweep.
 */
import assert from 'node:assert/strict';
import { after, afterEach, test } from 'node:test';
import { advanceClock, resetClock } from '../../../../mock/clock.ts';
import { sweepExpired } from '../../../../mock/tenants/expiry.ts';
import { TRANSACTION_TTL_MS } from '../../../../mock/tenants/transaction.ts';
import { rememberBrowser, REMEMBER_MAX_AGE_SECONDS } from '../../../../mock/pipeline/remember-browser.ts';
import { matchesSentCode, newSentCode, CODE_TTL_MS } from '../../../../mock/factors/kit/one-time-code.ts';
import { MAX_LOG_ENTRIES, writeLog } from '../../../../mock/logs/write-log.ts';
import { keepRefreshToken, MAX_REFRESH_TOKENS } from '../../../../mock/oauth/offline-access.ts';
import { Tenant } from '../../../../mock/tenants/tenant.ts';
import { CALLBACK, InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());
afterEach(() => resetClock());

const HOUR_MS = 3_600_000;

test('a transaction lives 5 minutes: then its screen answers transaction-not-found, and a sweep frees it', async () => {
  const t = await TestTenant.create(mock);
  const password = await t.passwordScreen();
  assert.equal(password.url.pathname, '/u/login/password');
  const other = await t.passwordScreen();
  assert.equal(t.tenant.transactions.size, 2);

  // A minute either side: the real time this test takes does not matter.
  advanceClock(TRANSACTION_TTL_MS - 60_000);
  sweepExpired(t.tenant);
  assert.equal(t.tenant.transactions.size, 2, 'not yet: 5 minutes have not passed');
  advanceClock(120_000);
  const late = await t.browser.submit(password, { password: t.password, action: 'default' });
  assert.equal(late.status, 400);
  assert.match(late.body, /transaction-not-found/);
  assert.equal(t.tenant.transactions.size, 1, 'the refused one is gone at once');
  sweepExpired(t.tenant);
  assert.equal(t.tenant.transactions.size, 0, 'the one nobody came back for is swept');
  assert.equal(other.status, 200);
});

test('an authorization code lives one minute: a late exchange is invalid_grant, and a sweep frees it', async () => {
  const t = await TestTenant.create(mock);
  const landing = await t.login({ client_id: 'mock-web-client' });
  assert.equal(landing.where, 'callback');
  assert.equal(t.tenant.codes.size, 1);
  advanceClock(60_001);
  const late = await t.tokenRequest({
    grant_type: 'authorization_code',
    client_id: 'mock-web-client',
    client_secret: 'mock-web-secret',
    code: landing.url.searchParams.get('code') ?? '',
    redirect_uri: CALLBACK,
  });
  assert.equal(late.status, 403);
  assert.equal(late.body.error, 'invalid_grant');
  sweepExpired(t.tenant);
  assert.equal(t.tenant.codes.size, 0);
});

test('a session ends after the tenant’s idle lifetime without use, and after its lifetime even when used', async () => {
  const t = await TestTenant.create(mock);
  assert.equal((await t.login()).where, 'callback');
  const again = () =>
    t.browser.go(
      'GET',
      `/authorize?client_id=mock-login-client&response_type=code&redirect_uri=${encodeURIComponent(CALLBACK)}`,
    );

  advanceClock(71 * HOUR_MS);
  assert.equal((await again()).where, 'callback', 'used within 72 hours: single sign-on');
  advanceClock(71 * HOUR_MS);
  assert.equal((await again()).where, 'callback', 'the use above restarted the idle time');
  advanceClock(27 * HOUR_MS);
  assert.equal(
    (await again()).where,
    '/u/login/identifier',
    '169 hours after the login: past session_lifetime (168), though used 27 hours ago',
  );
  assert.equal(t.tenant.sessions.size, 0, 'the ended session is gone');

  assert.equal((await t.login()).where, 'callback');
  assert.equal(t.tenant.sessions.size, 1);
  advanceClock(72 * HOUR_MS + 1);
  sweepExpired(t.tenant);
  assert.equal(t.tenant.sessions.size, 0, '72 hours without use: swept');
});

test('an email or phone code is refused after its 5 minutes on the mock’s clock', () => {
  const sent = newSentCode();
  assert.ok(matchesSentCode(sent, sent.code));
  advanceClock(CODE_TTL_MS + 1);
  assert.ok(!matchesSentCode(sent, sent.code));
});

test('a remembered browser is swept at the end of its 30 days, not a millisecond before', () => {
  const tenant = new Tenant('http://remember.localhost:4010');
  rememberBrowser(tenant, { user_id: 'auth0|1' }, 'cookie-value');
  const expiresAt = tenant.rememberedBrowsers.get('cookie-value')?.expiresAt ?? 0;
  assert.ok(expiresAt - Date.now() > (REMEMBER_MAX_AGE_SECONDS - 60) * 1000, '30 days from now');
  sweepExpired(tenant, expiresAt - 1);
  assert.equal(tenant.rememberedBrowsers.size, 1);
  sweepExpired(tenant, expiresAt);
  assert.equal(tenant.rememberedBrowsers.size, 0);
});

test('the log keeps its newest entries, at most MAX_LOG_ENTRIES', () => {
  const tenant = new Tenant('http://logs.localhost:4010');
  for (let i = 0; i <= MAX_LOG_ENTRIES; i += 1) writeLog(tenant, 'f', {}, { description: `entry ${i}` });
  assert.equal(tenant.logs.length, MAX_LOG_ENTRIES);
  assert.equal(tenant.logs[0]?.description, 'entry 1', 'the oldest went');
  assert.equal(tenant.logs.at(-1)?.description, `entry ${MAX_LOG_ENTRIES}`);
});

test('a user keeps 200 refresh tokens per application: one more revokes the oldest, not another user’s', () => {
  const tenant = new Tenant('http://refresh.localhost:4010');
  const grant = (token: string, userId: string) => ({
    token,
    userId,
    clientId: 'mock-login-client',
    sessionId: 's',
    scope: 'openid offline_access',
    amr: [],
    idTokenClaims: {},
    accessTokenClaims: {},
    createdAt: '',
  });
  keepRefreshToken(tenant, grant('other-user', 'auth0|2'));
  for (let i = 0; i <= MAX_REFRESH_TOKENS; i += 1) keepRefreshToken(tenant, grant(`t${i}`, 'auth0|1'));
  assert.equal(tenant.refreshTokens.size, MAX_REFRESH_TOKENS + 1);
  assert.ok(!tenant.refreshTokens.has('t0'), 'the oldest is revoked');
  assert.ok(tenant.refreshTokens.has('t1') && tenant.refreshTokens.has(`t${MAX_REFRESH_TOKENS}`));
  assert.ok(tenant.refreshTokens.has('other-user'));
});
