import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { CALLBACK, InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

const silent = `/authorize?client_id=mock-login-client&response_type=code&redirect_uri=${encodeURIComponent(CALLBACK)}&prompt=none&state=app-1`;

test('prompt=none without a session answers login_required at the callback, with the application’s state', async () => {
  const t = await TestTenant.create(mock);
  const landing = await t.browser.go('GET', silent);
  assert.equal(landing.where, 'callback');
  assert.deepEqual(
    [...landing.url.searchParams],
    [
      ['error', 'login_required'],
      ['error_description', 'Login required'],
      ['state', 'app-1'],
    ],
  );
});

test('prompt=none on a session authenticates silently: a code at the callback, no login screen', async () => {
  const t = await TestTenant.create(mock);
  assert.equal((await t.login()).where, 'callback');
  const landing = await t.browser.go('GET', silent);
  assert.equal(landing.where, 'callback');
  assert.ok(landing.url.searchParams.get('code'));
  assert.equal(landing.url.searchParams.get('state'), 'app-1');
});

test('checkpoint paging of the log gives the entries after `from` and a Link to the next page', async () => {
  const t = await TestTenant.create(mock);
  await t.login();
  const [first] = t.tenant.logs;
  assert.ok(first);
  const response = await t.api('GET', `/logs?from=${first.log_id}&take=1`);
  const entries = JSON.parse(response.body) as Array<{ log_id: string }>;
  assert.equal(entries.length, 1);
  assert.ok((entries[0]?.log_id ?? '') > first.log_id);
  assert.equal(
    response.headers.link,
    `<${t.tenant.origin}/api/v2/logs?from=${entries[0]?.log_id ?? ''}&take=1>; rel="next"`,
  );
});
