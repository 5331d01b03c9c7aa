import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'otplib';
import { InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';

const mock = new InProcessMock();
after(() => mock.close());

const report = (claim: string) => `exports.onExecutePostLogin = async (event, api) => {
  api.idToken.setCustomClaim('${claim}', {
    enrolled: event.user.enrolledFactors.map((f) => f.type),
    mfa: event.authentication.methods.filter((m) => m.name === 'mfa').map((m) => m.type),
  });
};`;
const enrollOtp = `exports.onExecutePostLogin = async (event, api) => {
  api.authentication.enrollWith({ type: 'otp' });
  api.idToken.setCustomClaim('issuer', event.user.enrolledFactors.map((f) => f.type));
};`;

/** Answers the OTP enrollment screen with a code of the secret it shows (read from the prompt's state). */
async function enrollOtpOn(t: TestTenant, landing: Landing): Promise<Landing> {
  assert.equal(
    landing.where,
    '/u/mfa-otp-enrollment',
    `expected the OTP enrollment, landed on ${landing.url.href}`,
  );
  const tx = t.tenant.transactions.get(landing.url.searchParams.get('state') ?? '');
  const secret = (tx?.prompt?.factorState['otp-enrollment'] as { secret?: string } | undefined)?.secret;
  assert.ok(secret, 'the enrollment screen made a secret');
  return t.browser.submit(landing, { code: await generate({ secret }), action: 'default' });
}

function claims(t: TestTenant, landing: Landing): Record<string, unknown> {
  assert.equal(landing.where, 'callback', `expected the callback, landed on ${landing.url.href}`);
  const stored = t.tenant.codes.get(landing.url.searchParams.get('code') ?? '');
  assert.ok(stored, `a completed login: ${landing.url.href}`);
  return stored.idTokenClaims;
}

test('SEQ-3: a completed enrollment adds mfa/otp to the methods and otp to enrolledFactors of the next Action', async () => {
  const t = await TestTenant.create(mock, { factors: ['otp'], actions: [enrollOtp, report('next')] });
  const done = await enrollOtpOn(t, await t.login());
  const seen = claims(t, done);
  assert.deepEqual(seen.next, { enrolled: ['otp'], mfa: ['otp'] });
  assert.ok(t.logTypes().includes('gd_enrollment_complete'));
});

test('SEQ-2: the Action that issued the enrollment saw enrolledFactors as they were when it started', async () => {
  const t = await TestTenant.create(mock, { factors: ['otp'], actions: [enrollOtp, report('next')] });
  assert.deepEqual(claims(t, await enrollOtpOn(t, await t.login())).issuer, []);
});

test('ENR-1: enrollWith(otp) shows the OTP enrollment screen directly', async () => {
  const t = await TestTenant.create(mock, { factors: ['otp'], actions: [enrollOtp] });
  assert.equal((await t.login()).where, '/u/mfa-otp-enrollment');
});

test('ENR-6: a user who enrolled in this flow may be asked to enroll again, but one enrolled before must be challenged first', async () => {
  const again = `exports.onExecutePostLogin = async (event, api) => { api.authentication.enrollWithAny([{ type: 'otp' }, { type: 'phone' }]); };`;
  const t = await TestTenant.create(mock, { factors: ['otp', 'sms'], actions: [enrollOtp, again] });
  const second = await enrollOtpOn(t, await t.login());
  // OTP is now enrolled, so only phone is left: ENR-3 goes straight to it, no ENR-6 failure.
  assert.equal(second.where, '/u/mfa-phone-enrollment', `landed on ${second.url.href}`);

  const later = await TestTenant.create(mock, {
    factors: ['otp', 'sms'],
    actions: [again],
    user: { enrollments: ['otp'] },
  });
  const refused = await later.login();
  assert.equal(refused.url.searchParams.get('error_description'), MESSAGES.enrollBeforeChallenge);
});
