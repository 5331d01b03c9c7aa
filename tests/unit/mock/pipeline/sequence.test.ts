import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { TotpDevice } from '../../../../harness/devices/totp-device.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** An Action that reports the MFA types it saw in event.authentication.methods as an id token claim. */
const reportMfa = (claim: string) => `exports.onExecutePostLogin = async (event, api) => {
  api.idToken.setCustomClaim('${claim}', event.authentication.methods.filter((m) => m.name === 'mfa').map((m) => m.type));
};`;
const challengeOtp = `exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'otp' });
  api.idToken.setCustomClaim('issuer-saw', event.authentication.methods.filter((m) => m.name === 'mfa').map((m) => m.type));
};`;

function claimsOf(t: TestTenant, landing: Landing): Record<string, unknown> {
  assert.equal(landing.where, 'callback', `expected the callback, landed on ${landing.url.href}`);
  const code = landing.url.searchParams.get('code') ?? '';
  const stored = t.tenant.codes.get(code);
  assert.ok(stored, `the callback carries a code the tenant issued (${landing.url.href})`);
  return stored.idTokenClaims;
}

test('SEQ-1: the pipeline pauses after the Action that issued a command and resumes with the next one', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [reportMfa('first'), challengeOtp, reportMfa('third')],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.equal(prompt.where, '/u/mfa-otp-challenge');
  const done = await t.answerOtp(prompt);
  const claims = claimsOf(t, done);
  assert.deepEqual(claims.first, []);
  assert.deepEqual(claims.third, ['otp']);
});

test('SEQ-2: the Action that issued a challenge never sees its result; the next Action does', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [challengeOtp, reportMfa('next')],
    user: { enrollments: ['otp'] },
  });
  const claims = claimsOf(t, await t.answerOtp(await t.login()));
  assert.deepEqual(claims['issuer-saw'], []);
  assert.deepEqual(claims.next, ['otp']);
});

test('SEQ-3: a completed challenge adds { name: mfa, type: otp, timestamp } to the methods', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [
      challengeOtp,
      `exports.onExecutePostLogin = async (event, api) => { api.idToken.setCustomClaim('methods', event.authentication.methods); };`,
    ],
    user: { enrollments: ['otp'] },
  });
  const methods = claimsOf(t, await t.answerOtp(await t.login())).methods as Array<Record<string, string>>;
  assert.deepEqual(
    methods.map((m) => [m.name, m.type]),
    [
      ['pwd', undefined],
      ['mfa', 'otp'],
    ],
  );
  assert.ok(!Number.isNaN(Date.parse(methods[1]?.timestamp ?? '')), 'the mfa method has an ISO timestamp');
});

test('SEQ-4: the fifth command of a flow, counted across Actions, fails the login before it prompts', async () => {
  const twice = `exports.onExecutePostLogin = async (event, api) => {
    api.authentication.challengeWith({ type: 'otp' });
    api.authentication.challengeWith({ type: 'otp' });
  };`;
  const once = `exports.onExecutePostLogin = async (event, api) => { api.authentication.challengeWith({ type: 'otp' }); };`;
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [twice, twice, once],
    user: { enrollments: ['otp'] },
  });
  let landing = await t.login();
  for (let i = 0; i < 4; i += 1) {
    assert.equal(landing.where, '/u/mfa-otp-challenge', `prompt ${i + 1} of the first four`);
    // Four codes in one flow: the device waits for fresh TOTP steps, so answer the step only if unused.
    landing = await t.browser.submit(landing, { code: await codeFor(t, i), action: 'default' });
  }
  assert.equal(landing.where, 'callback');
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  assert.equal(landing.url.searchParams.get('error_description'), MESSAGES.tooManyCommands);
  assert.deepEqual(t.logTypes().slice(-1), ['f']);
});

test('SEQ-4: four commands in one flow are allowed', async () => {
  const twice = `exports.onExecutePostLogin = async (event, api) => {
    api.authentication.challengeWith({ type: 'otp' });
    api.authentication.challengeWith({ type: 'otp' });
  };`;
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [twice, twice],
    user: { enrollments: ['otp'] },
  });
  let landing = await t.login();
  for (let i = 0; i < 4; i += 1)
    landing = await t.browser.submit(landing, { code: await codeFor(t, i), action: 'default' });
  assert.equal(landing.where, 'callback');
  assert.ok(landing.url.searchParams.get('code'), `completed: ${landing.url.href}`);
});

/**
 * The mock refuses a TOTP step already used, and a real device only has two steps at hand; the unit tests
 * answer later prompts by resetting the authenticator's last used step (the mock's own record), which is
 * what a fresh step would do without waiting 30 s.
 */
async function codeFor(t: TestTenant, i: number): Promise<string> {
  if (i > 0) for (const a of t.tenant.users.get(t.userId)?.authenticators ?? []) a.lastUsedStep = undefined;
  return new TotpDevice(t.totp.secret).nextCode();
}
