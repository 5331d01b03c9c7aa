import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';

const mock = new InProcessMock();
after(() => mock.close());

const action = (body: string) => `exports.onExecutePostLogin = async (event, api) => { ${body} };`;

test('LOG-1: a completed login writes s; a wrong password fp; an unknown user fu', async () => {
  const t = await TestTenant.create(mock);
  const first = await t.browser.go(
    'GET',
    '/authorize?client_id=mock-login-client&response_type=code&redirect_uri=http://localhost:4020/callback',
  );
  const password = await t.browser.submit(first, { username: t.email, action: 'default' });
  const wrong = await t.browser.submit(password, { password: 'nope', action: 'default' });
  assert.equal(wrong.status, 400);
  const done = await t.browser.submit(wrong, { password: t.password, action: 'default' });
  assert.equal(done.where, 'callback');
  assert.deepEqual(t.logTypes(), ['fp', 's']);

  const other = await t.browser.go(
    'GET',
    '/authorize?client_id=mock-login-client&response_type=code&redirect_uri=http://localhost:4020/callback&prompt=login',
  );
  const unknown = await t.browser.submit(await t.browser.submit(other, { username: 'nobody@example.test' }), {
    password: 'x',
  });
  assert.equal(unknown.status, 400);
  assert.ok(t.tenant.logs.some((entry) => entry.type === 'fu' && entry.user_name === 'nobody@example.test'));
});

test('LOG-1: a denied login writes f with the reason and ends at the callback with access_denied', async () => {
  const t = await TestTenant.create(mock, { actions: [action(`api.access.deny('Not today');`)] });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  assert.equal(landing.url.searchParams.get('error_description'), 'Not today');
  assert.deepEqual(
    t.logs().map((entry) => [entry.type, entry.description]),
    [['f', 'Not today']],
  );
});

test('LOG-2: a wrong OTP code writes gd_auth_failed, the right one gd_auth_succeed (totp)', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [action(`api.authentication.challengeWith({ type: 'otp' });`)],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  const again = await t.answerOtp(prompt, { wrong: true });
  assert.equal(again.status, 400);
  assert.match(again.body, /data-error-code="invalid-code"/);
  await t.answerOtp(again);
  assert.deepEqual(t.logTypes(), ['gd_auth_failed', 'gd_auth_succeed', 's']);
  assert.equal(
    t.logs().find((entry) => entry.type === 'gd_auth_succeed')?.description,
    'Guardian - Second factor authentication succeed (totp)',
  );
});

test('LOG-3: ten wrong codes in a row lock MFA and write gd_otp_rate_limit_exceed', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [action(`api.authentication.challengeWith({ type: 'otp' });`)],
    user: { enrollments: ['otp'] },
  });
  let page = await t.login();
  for (let i = 0; i < 10; i += 1) page = await t.answerOtp(page, { wrong: true });
  assert.match(page.body, /data-error-code="too-many-failures"/);
  const locked = await t.answerOtp(page);
  assert.match(locked.body, /data-error-code="too-many-failures"/, 'even the right code is refused');
  assert.equal(t.logTypes().filter((type) => type === 'gd_auth_failed').length, 10);
  assert.ok(t.logTypes().includes('gd_otp_rate_limit_exceed'));
});

test('LOG-4: SEL-5 in the pipeline: no usable factor writes mfar with the message, then f', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [action(`api.authentication.challengeWith({ type: 'otp' });`)],
  });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  assert.deepEqual(
    t.logs().map((entry) => [entry.type, entry.description]),
    [
      ['w', MESSAGES.challengeFactorUnusable('otp')],
      ['mfar', MESSAGES.challengeNoneUsable],
      ['f', MESSAGES.challengeNoneUsable],
    ],
  );
});

test('LOG-4: SEL-6 in the pipeline: a w entry names the unusable factor and the user completes with the usable one', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [action(`api.authentication.challengeWithAny([{ type: 'email' }, { type: 'otp' }]);`)],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.equal(prompt.where, '/u/mfa-otp-challenge');
  assert.equal((await t.answerOtp(prompt)).where, 'callback');
  assert.deepEqual(t.logTypes(), ['w', 'gd_auth_succeed', 's']);
  assert.equal(t.logs()[0]?.description, MESSAGES.challengeFactorUnusable('email'));
});

test('LOG-4: ENR-6 in the pipeline: enrolling before a challenge writes mfar and fails the login', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'recovery-code'],
    actions: [action(`api.authentication.enrollWith({ type: 'recovery-code' });`)],
    user: { enrollments: ['otp'] },
  });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error_description'), MESSAGES.enrollBeforeChallenge);
  assert.deepEqual(t.logTypes(), ['mfar', 'f']);
});

test('LOG-4: ENR-4 in the pipeline: enrollWithAny over enrolled factors logs w and the login continues', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [
      action(`api.authentication.challengeWith({ type: 'otp' });`),
      action(`api.authentication.enrollWithAny([{ type: 'otp' }]);`),
    ],
    user: { enrollments: ['otp'] },
  });
  const done = await t.answerOtp(await t.login());
  assert.equal(done.where, 'callback');
  assert.ok(done.url.searchParams.get('code'));
  assert.deepEqual(t.logTypes(), ['gd_auth_succeed', 'w', 's']);
  assert.equal(t.logs()[1]?.description, MESSAGES.enrollFactorUnusable('otp'));
});

test('LOG-4: ENR-8 in the pipeline: nothing enrollable writes mfar and fails the login', async () => {
  const t = await TestTenant.create(mock, {
    actions: [action(`api.authentication.enrollWithAny([{ type: 'otp' }, { type: 'phone' }]);`)],
  });
  await t.login();
  assert.deepEqual(t.logTypes(), ['w', 'w', 'mfar', 'f']);
  assert.equal(t.logs()[2]?.description, MESSAGES.enrollNoneUsable);
});
