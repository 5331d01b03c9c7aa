import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, MockBrowser, TestTenant, type Landing } from '../../../support/in-process-mock.ts';
import { MAX_FAILED_LOGINS } from '../../../../mock/attack-protection/brute-force.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** `times` wrong passwords on the password screen; the page after the last. */
async function wrongPasswords(t: TestTenant, times: number, browser = t.browser): Promise<Landing> {
  let page = await t.passwordScreen({}, browser);
  for (let i = 0; i < times; i += 1)
    page = await browser.submit(page, { password: 'wrong', action: 'default' });
  return page;
}

const errorCode = (page: Landing) => /data-error-code="([^"]+)"/.exec(page.body)?.[1];

test('LOG-1: the tenth wrong password in a row blocks the user: fp for each, limit_wc once, user-blocked shown', async () => {
  const t = await TestTenant.create(mock);
  const ninth = await wrongPasswords(t, MAX_FAILED_LOGINS - 1);
  assert.equal(errorCode(ninth), 'wrong-credentials');
  const tenth = await t.browser.submit(ninth, { password: 'wrong', action: 'default' });
  assert.equal(tenth.status, 400);
  assert.equal(errorCode(tenth), 'user-blocked');
  assert.match(tenth.body, /Your account has been blocked after multiple consecutive login attempts\./);
  assert.deepEqual(t.logTypes(), [...Array<string>(MAX_FAILED_LOGINS).fill('fp'), 'limit_wc']);
});

test('a blocked user is refused with the right password too, unchecked and unlogged', async () => {
  const t = await TestTenant.create(mock);
  const blocked = await wrongPasswords(t, MAX_FAILED_LOGINS);
  const before = t.logTypes().length;
  const right = await t.browser.submit(blocked, { password: t.password, action: 'default' });
  assert.equal(right.where, '/u/login/password');
  assert.equal(errorCode(right), 'user-blocked');
  assert.equal(t.logTypes().length, before);
});

test('the block holds for the IP it came from only: the user logs in from another address', async () => {
  const t = await TestTenant.create(mock);
  await wrongPasswords(t, MAX_FAILED_LOGINS);
  assert.equal((await t.login({}, new MockBrowser(mock, t.host, '192.0.2.7'))).where, 'callback');
});

test('a right password starts the count over: nine wrong, a login, nine wrong do not block', async () => {
  const t = await TestTenant.create(mock);
  await wrongPasswords(t, MAX_FAILED_LOGINS - 1);
  assert.equal((await t.login()).where, 'callback');
  const again = new MockBrowser(mock, t.host);
  assert.equal(errorCode(await wrongPasswords(t, MAX_FAILED_LOGINS - 1, again)), 'wrong-credentials');
});

test('an unknown user is not counted: ten fu entries and no block', async () => {
  const t = await TestTenant.create(mock);
  let page = await t.browser.go(
    'GET',
    `/authorize?client_id=mock-login-client&response_type=code&redirect_uri=${encodeURIComponent('http://localhost:4020/callback')}`,
  );
  page = await t.browser.submit(page, { username: 'nobody@example.test', action: 'default' });
  for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) page = await t.browser.submit(page, { password: 'x' });
  assert.equal(errorCode(page), 'wrong-credentials');
  assert.deepEqual(
    t.tenant.logs.filter((e) => e.user_name === 'nobody@example.test').map((e) => e.type),
    Array<string>(MAX_FAILED_LOGINS).fill('fu'),
  );
  assert.ok(!t.tenant.logs.some((e) => e.type === 'limit_wc'));
});

test('GET /user-blocks lists the blocked IP, by user id and by identifier; DELETE by id lifts the block', async () => {
  const t = await TestTenant.create(mock);
  await wrongPasswords(t, MAX_FAILED_LOGINS);
  const expected = {
    blocked_for: [{ identifier: t.email, ip: '127.0.0.1', connection: 'Username-Password-Authentication' }],
  };
  const byId = await t.api('GET', `/user-blocks/${encodeURIComponent(t.userId)}`);
  assert.deepEqual(JSON.parse(byId.body), expected);
  const byIdentifier = await t.api('GET', `/user-blocks?identifier=${encodeURIComponent(t.email)}`);
  assert.deepEqual(JSON.parse(byIdentifier.body), expected);
  assert.equal((await t.api('DELETE', `/user-blocks/${encodeURIComponent(t.userId)}`)).status, 204);
  assert.deepEqual(JSON.parse((await t.api('GET', `/user-blocks/${encodeURIComponent(t.userId)}`)).body), {
    blocked_for: [],
  });
  assert.equal((await t.login()).where, 'callback');
});

test('DELETE /user-blocks by identifier lifts the block; an identifier nobody has is no block', async () => {
  const t = await TestTenant.create(mock);
  await wrongPasswords(t, MAX_FAILED_LOGINS);
  assert.equal((await t.api('DELETE', `/user-blocks?identifier=${encodeURIComponent(t.email)}`)).status, 204);
  assert.equal((await t.login()).where, 'callback');
  const nobody = await t.api('GET', '/user-blocks?identifier=nobody%40example.test');
  assert.deepEqual(JSON.parse(nobody.body), { blocked_for: [] });
});

test('/user-blocks without an identifier is refused with 400, and an unknown user id with 404', async () => {
  const t = await TestTenant.create(mock);
  await assert.rejects(t.api('GET', '/user-blocks'), /400 .*Missing required property: identifier/);
  await assert.rejects(t.api('DELETE', '/user-blocks/auth0%7Cnobody'), /404 .*inexistent_user/);
});

test('a new password set for the user lifts the block, as changing it does', async () => {
  const t = await TestTenant.create(mock);
  await wrongPasswords(t, MAX_FAILED_LOGINS);
  await t.api('PATCH', `/users/${encodeURIComponent(t.userId)}`, { password: t.password });
  assert.equal((await t.login()).where, 'callback');
});
