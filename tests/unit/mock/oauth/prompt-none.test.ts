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

const challengeOtp = `exports.onExecutePostLogin = async (event, api) => { api.authentication.challengeWith({ type: 'otp' }); };`;

test('prompt=none whose login would show MFA answers interaction_required at the callback, and logs fsa', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [challengeOtp],
    user: { enrollments: ['otp'] },
  });
  assert.equal((await t.answerOtp(await t.login())).where, 'callback');
  const landing = await t.browser.go('GET', silent);
  assert.equal(landing.where, 'callback');
  assert.deepEqual(
    [...landing.url.searchParams],
    [
      ['error', 'interaction_required'],
      ['error_description', 'Multifactor authentication required'],
      ['state', 'app-1'],
    ],
  );
  const entry = t.logs().at(-1);
  assert.deepEqual([entry?.type, entry?.description], ['fsa', 'Multifactor authentication required']);
});

test('prompt=none where the policy requires MFA: interaction_required, unless the browser is remembered (ssa)', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['all-applications'],
    user: { enrollments: ['otp'] },
  });
  await t.answerOtp(await t.login());
  assert.equal((await t.browser.go('GET', silent)).url.searchParams.get('error'), 'interaction_required');

  const remembered = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [
      `exports.onExecutePostLogin = async (event, api) => { api.multifactor.enable('any', { allowRememberBrowser: true }); };`,
    ],
    user: { enrollments: ['otp'] },
  });
  await remembered.answerOtp(await remembered.login(), { rememberBrowser: true });
  const landing = await remembered.browser.go('GET', silent);
  assert.ok(
    landing.url.searchParams.get('code'),
    'a remembered browser skips MFA, so nothing needs a screen',
  );
  assert.equal(remembered.logTypes().at(-1), 'ssa');
});

test('prompt=none whose Action would redirect answers interaction_required instead of leaving', async () => {
  const t = await TestTenant.create(mock, {
    actions: [
      `exports.onExecutePostLogin = async (event, api) => { api.redirect.sendUserTo('https://factor.example/'); };
       exports.onContinuePostLogin = async () => {};`,
    ],
  });
  const away = await t.login();
  assert.equal(away.where, 'external');
  const back = await t.browser.go('GET', `/continue?state=${away.url.searchParams.get('state') ?? ''}`);
  assert.equal(back.where, 'callback', 'the first login completes once the user is back');
  const landing = await t.browser.go('GET', silent);
  assert.equal(landing.where, 'callback');
  assert.equal(landing.url.searchParams.get('error'), 'interaction_required');
});
