import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { REMEMBER_COOKIE } from '../../../../mock/pipeline/remember-browser.ts';

const mock = new InProcessMock();
after(() => mock.close());

const reportMfa = `exports.onExecutePostLogin = async (event, api) => {
  api.idToken.setCustomClaim('saw', event.authentication.methods.filter((m) => m.name === 'mfa').map((m) => m.type));
};`;
const enable = (options = '{}') =>
  `exports.onExecutePostLogin = async (event, api) => { api.multifactor.enable('any', ${options}); };`;
const challengeOtp = `exports.onExecutePostLogin = async (event, api) => { api.authentication.challengeWith({ type: 'otp' }); };`;

function claims(t: TestTenant, landing: Landing): Record<string, unknown> {
  assert.equal(landing.where, 'callback', `expected the callback, landed on ${landing.url.href}`);
  const stored = t.tenant.codes.get(landing.url.searchParams.get('code') ?? '');
  assert.ok(stored, `a completed login: ${landing.url.href}`);
  return stored.idTokenClaims;
}

test('SEQ-5: a command and the Always policy together prompt once: the policy adds nothing', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['all-applications'],
    actions: [challengeOtp, enable()],
    user: { enrollments: ['otp'] },
  });
  const done = await t.answerOtp(await t.login());
  claims(t, done);
  assert.deepEqual(
    t.logTypes().filter((type) => type === 'gd_auth_succeed'),
    ['gd_auth_succeed'],
  );
});

test('SEQ-6: multifactor.enable prompts after the last Action, so the next Action sees no MFA', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [enable(), reportMfa],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.equal(prompt.where, '/u/mfa-otp-challenge');
  assert.deepEqual(claims(t, await t.answerOtp(prompt)).saw, []);
});

test('SEQ-6: allowRememberBrowser offers "Remember this device", and the auth0-mf cookie skips MFA on the next login', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [enable('{ allowRememberBrowser: true }')],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.match(prompt.body, /name="rememberBrowser"/);
  claims(t, await t.answerOtp(prompt, { rememberBrowser: true }));
  assert.ok(t.browser.cookies[REMEMBER_COOKIE], 'the auth0-mf cookie is set');
  delete t.browser.cookies.auth0; // a new session: the login screens again, but no MFA
  claims(t, await t.login());
});

test('SEQ-6: without allowRememberBrowser no "Remember this device" is offered', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [enable()],
    user: { enrollments: ['otp'] },
  });
  assert.doesNotMatch((await t.login()).body, /name="rememberBrowser"/);
});

test('SEQ-7: with no Action, the Always policy still challenges', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['all-applications'],
    user: { enrollments: ['otp'] },
  });
  assert.equal((await t.login()).where, '/u/mfa-otp-challenge');
});

test('SEQ-7: the Adaptive policy challenges a low-confidence login and lets a high-confidence one through', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['confidence-score'],
    user: { enrollments: ['otp'] },
  });
  await mock.send(t.host, 'PUT', '/__mock/risk', { body: { confidence: 'high' } });
  claims(t, await t.login());
  delete t.browser.cookies.auth0;
  await mock.send(t.host, 'PUT', '/__mock/risk', { body: { confidence: 'low' } });
  assert.equal((await t.login()).where, '/u/mfa-otp-challenge');
});

test('SEQ-8: with the setting off, a command is ignored with a w entry and the tenant policy applies', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['all-applications'],
    customizeMfaWithActions: false,
    actions: [challengeOtp, reportMfa],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.equal(prompt.where, '/u/mfa-otp-challenge');
  // The policy's MFA comes after the last Action: the Action after the ignored command saw no MFA.
  assert.deepEqual(claims(t, await t.answerOtp(prompt)).saw, []);
  const warning = t.logs().find((entry) => entry.type === 'w');
  assert.equal(warning?.description, MESSAGES.customizeMfaDisabled('challengeWith'));
});

test('SEQ-8: with the setting off and the Never policy, the command is ignored and the login completes', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    customizeMfaWithActions: false,
    actions: [challengeOtp],
    user: { enrollments: ['otp'] },
  });
  claims(t, await t.login());
  assert.deepEqual(t.logTypes(), ['w', 's']);
});

test('SEL-10: event.authentication.riskAssessment carries what /__mock/risk set', async () => {
  const t = await TestTenant.create(mock, {
    actions: [
      `exports.onExecutePostLogin = async (event, api) => { api.idToken.setCustomClaim('risk', event.authentication.riskAssessment); };`,
    ],
  });
  const assessments = { NewDevice: { code: 'no_match', confidence: 'low' } };
  const set = await mock.send(t.host, 'PUT', '/__mock/risk', { body: { confidence: 'medium', assessments } });
  assert.equal(set.status, 200);
  assert.deepEqual(claims(t, await t.login()).risk, { confidence: 'medium', version: '1', assessments });
});

test('SEL-10: /__mock/risk refuses a confidence Auth0 does not use', async () => {
  const t = await TestTenant.create(mock);
  const refused = await mock.send(t.host, 'PUT', '/__mock/risk', { body: { confidence: 'certain' } });
  assert.equal(refused.status, 400);
  assert.match(refused.body, /confidence must be one of low, medium, high, neutral/);
});
