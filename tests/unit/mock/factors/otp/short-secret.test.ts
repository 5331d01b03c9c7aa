import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGuardrails, generate } from 'otplib';
import { InProcessMock, TestTenant } from '../../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('SEL-7: a ten-byte totp_secret enrolled through the Management API answers its OTP challenge', async () => {
  const secret = 'JBSWY3DPEHPK3PXP';
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [
      `exports.onExecutePostLogin = async (event, api) => { api.authentication.challengeWith({ type: 'otp' }); };`,
    ],
  });
  await t.api('POST', `/users/${encodeURIComponent(t.userId)}/authentication-methods`, {
    type: 'totp',
    totp_secret: secret,
  });
  const challenge = await t.login();
  assert.equal(challenge.where, '/u/mfa-otp-challenge');
  const code = await generate({ secret, guardrails: createGuardrails({ MIN_SECRET_BYTES: 1 }) });
  assert.equal((await t.browser.submit(challenge, { code, action: 'default' })).where, 'callback');
});
