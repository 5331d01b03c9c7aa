import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { decodeJwt } from 'jose';
import { BUILT_IN } from '../../../../mock/tenants/tenant.ts';
import { CALLBACK, InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** The confidential web application: its secret proves its codes (these tests are about max_age, not PKCE). */
const WEB_CLIENT = { client_id: BUILT_IN.webClientId, client_secret: BUILT_IN.webClientSecret };

async function idToken(t: TestTenant, landing: Landing) {
  assert.equal(landing.where, 'callback');
  const { body } = await t.tokenRequest({
    grant_type: 'authorization_code',
    ...WEB_CLIENT,
    code: landing.url.searchParams.get('code') ?? '',
  });
  return decodeJwt(String(body.id_token));
}

/** A login of the web application (with `params` on its /authorize). */
function webLogin(t: TestTenant, params: Record<string, string> = {}): Promise<Landing> {
  return t.login({ client_id: BUILT_IN.webClientId, ...params });
}

/** The web application's /authorize URL with `params`. */
function authorize(params: Record<string, string>): string {
  return (
    '/authorize?' +
    new URLSearchParams({
      client_id: BUILT_IN.webClientId,
      response_type: 'code',
      redirect_uri: CALLBACK,
      scope: 'openid',
      ...params,
    }).toString()
  );
}

/** Moves the session's password login `seconds` into the past, as if that much time had gone by. */
function ageSession(t: TestTenant, seconds: number): void {
  for (const session of t.tenant.sessions.values()) {
    session.methods = session.methods.map((method) => ({
      ...method,
      timestamp: new Date(Date.parse(method.timestamp) - seconds * 1000).toISOString(),
    }));
  }
}

test('the id token carries auth_time, the password’s time, when the request had max_age', async () => {
  const t = await TestTenant.create(mock);
  const before = Math.floor(Date.now() / 1000);
  const plain = await idToken(t, await webLogin(t));
  assert.equal(plain.auth_time, undefined, 'no max_age, no prompt=login: no auth_time (UNSURE)');
  const claims = await idToken(t, await t.browser.go('GET', authorize({ max_age: '3600' })));
  assert.equal(typeof claims.auth_time, 'number');
  assert.ok(Number(claims.auth_time) >= before && Number(claims.auth_time) <= Number(claims.iat));
});

test('a session authenticated longer ago than max_age asks for the password again; a younger one does not', async () => {
  const t = await TestTenant.create(mock);
  await webLogin(t);
  ageSession(t, 600);
  const young = await t.browser.go('GET', authorize({ max_age: '3600' }));
  assert.equal(young.where, 'callback', 'ten minutes old is within an hour');
  const stale = await t.browser.go('GET', authorize({ max_age: '300' }));
  assert.equal(stale.where, '/u/login/identifier');
  const zero = await t.browser.go('GET', authorize({ max_age: '0' }));
  assert.equal(zero.where, '/u/login/identifier', 'max_age=0 always logs in again');

  const again = await webLogin(t, { max_age: '300' });
  const claims = await idToken(t, again);
  assert.ok(Math.floor(Date.now() / 1000) - Number(claims.auth_time) < 300, 'auth_time is the new login');
});

test('prompt=none on a session older than max_age answers login_required; prompt=login carries auth_time', async () => {
  const t = await TestTenant.create(mock);
  await webLogin(t);
  ageSession(t, 600);
  const silent = await t.browser.go('GET', authorize({ max_age: '300', prompt: 'none' }));
  assert.equal(silent.where, 'callback');
  assert.equal(silent.url.searchParams.get('error'), 'login_required');
  const relogin = await webLogin(t, { prompt: 'login' });
  assert.equal(typeof (await idToken(t, relogin)).auth_time, 'number');
});

test('the refreshed id token keeps the login’s auth_time', async () => {
  const t = await TestTenant.create(mock);
  const landing = await webLogin(t, { scope: 'openid offline_access', max_age: '3600' });
  const { body } = await t.tokenRequest({
    grant_type: 'authorization_code',
    ...WEB_CLIENT,
    code: landing.url.searchParams.get('code') ?? '',
  });
  const refreshed = await t.tokenRequest({
    grant_type: 'refresh_token',
    ...WEB_CLIENT,
    refresh_token: String(body.refresh_token),
  });
  assert.equal(
    decodeJwt(String(refreshed.body.id_token)).auth_time,
    decodeJwt(String(body.id_token)).auth_time,
  );
});
