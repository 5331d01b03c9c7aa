import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

const action = (body: string) => `exports.onExecutePostLogin = async (event, api) => { ${body} };`;

/** The factors a picker page offers, in order (one form per factor, `action=<factor>::<n>`). */
function offered(page: Landing): string[] {
  return [...page.body.matchAll(/name="action" value="([a-z-]+)::\d+"/g)].map((m) => m[1] ?? '');
}

test('SEL-2: "Try another method" on the default challenge leads to a picker of the default and the usable alternatives', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'email'],
    actions: [
      action(
        `api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });`,
      ),
    ],
    user: { enrollments: ['otp'] },
  });
  const challenge = await t.login();
  assert.equal(challenge.where, '/u/mfa-otp-challenge');
  assert.match(challenge.body, /value="pick-authenticator"/);
  const picker = await t.browser.submit(challenge, { action: 'pick-authenticator' });
  assert.equal(picker.where, '/u/mfa-login-options');
  assert.deepEqual(offered(picker), ['otp', 'email']);
  const back = await t.browser.submit(picker, { action: 'otp::0' });
  assert.equal(back.where, '/u/mfa-otp-challenge');
  assert.equal((await t.answerOtp(back)).where, 'callback');
});

test('SEL-1: challengeWith without alternatives offers no "Try another method"', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'email'],
    actions: [action(`api.authentication.challengeWith({ type: 'otp' });`)],
    user: { enrollments: ['otp'] },
  });
  assert.doesNotMatch((await t.login()).body, /value="pick-authenticator"/);
});

test('SEL-3: challengeWithAny with two usable factors shows mfa-login-options with exactly those, in order', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'email'],
    actions: [
      action(`api.authentication.challengeWithAny([{ type: 'email' }, { type: 'phone' }, { type: 'otp' }]);`),
    ],
    user: { enrollments: ['otp'] },
  });
  const picker = await t.login();
  assert.equal(picker.where, '/u/mfa-login-options');
  assert.deepEqual(offered(picker), ['email', 'otp']);
});

test('ENR-2: enrollWithAny with two usable factors shows the enrollment picker in the order given', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'sms'],
    actions: [action(`api.authentication.enrollWithAny([{ type: 'phone' }, { type: 'otp' }]);`)],
  });
  const picker = await t.login();
  assert.equal(picker.where, '/u/mfa-enroll-options');
  assert.deepEqual(offered(picker), ['phone', 'otp']);
  assert.equal((await t.browser.submit(picker, { action: 'otp::1' })).where, '/u/mfa-otp-enrollment');
});

test('ENR-3: enrollWithAny with all factors but one enrolled goes straight to the remaining one', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'sms'],
    actions: [
      action(`api.authentication.challengeWith({ type: 'otp' });`),
      action(`api.authentication.enrollWithAny([{ type: 'otp' }, { type: 'phone' }]);`),
    ],
    user: { enrollments: ['otp'] },
  });
  const next = await t.answerOtp(await t.login());
  assert.equal(next.where, '/u/mfa-phone-enrollment');
});
