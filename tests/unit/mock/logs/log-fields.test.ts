import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('LOG-1: s and fp name the login, its application and its connection, as Auth0 writes them', async () => {
  const t = await TestTenant.create(mock);
  const [connection] = [...t.tenant.connections.values()];
  const first = await t.login();
  assert.equal(first.where, 'callback', first.url.href);
  const password = await t.browser.submit(
    await t.browser.go(
      'GET',
      '/authorize?client_id=mock-login-client&response_type=code&redirect_uri=http://localhost:4020/callback&prompt=login',
    ),
    { username: t.email },
  );
  assert.equal((await t.browser.submit(password, { password: 'wrong' })).status, 400);
  const [success, wrong] = t.logs();
  const login = {
    connection: 'Username-Password-Authentication',
    connection_id: connection?.id,
    strategy: 'auth0',
    strategy_type: 'database',
    client_id: 'mock-login-client',
    client_name: 'Mock login application',
    user_id: t.userId,
    user_name: t.email,
    ip: '127.0.0.1',
    user_agent: 'in-process-test',
    hostname: t.host.split(':')[0],
  };
  assert.deepEqual(
    { ...success, log_id: undefined, date: undefined, details: undefined },
    {
      ...login,
      type: 's',
      description: 'Success Login',
      log_id: undefined,
      date: undefined,
      details: undefined,
    },
  );
  assert.match(success?.log_id ?? '', /^\d{20}$/);
  const details = success?.details as { session_id?: string; stats?: { loginsCount?: number } };
  assert.ok(details.session_id, 'the session the login opened');
  assert.equal(details.stats?.loginsCount, 1);
  assert.equal(wrong?.type, 'fp');
  assert.equal(wrong?.connection_id, connection?.id);
  assert.deepEqual(wrong?.details, { error: { message: 'Wrong email or password.' } });
});

test('LOG-2: Guardian entries name the user and the application, not the connection', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['all-applications'],
    user: { enrollments: ['otp'] },
  });
  const done = await t.answerOtp(await t.login());
  assert.equal(done.where, 'callback', done.url.href);
  const succeed = t.logs().find((entry) => entry.type === 'gd_auth_succeed');
  assert.deepEqual(
    [succeed?.user_name, succeed?.client_name, succeed?.user_agent, succeed?.connection],
    [t.email, 'Mock login application', 'in-process-test', undefined],
  );
});

test('the token endpoint’s entries name the application and the user agent', async () => {
  const t = await TestTenant.create(mock);
  const seccft = t.tenant.logs.find((entry) => entry.type === 'seccft');
  assert.deepEqual(
    [seccft?.client_id, seccft?.client_name, seccft?.user_agent],
    ['mock-management-client', 'Mock Management API client', 'in-process-test'],
  );
});
