import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offersOtpFallback } from '../../../../mock/mfa/otp-fallback.ts';

test('SEL-9: push-notification with otpFallback: false hides "Manually Enter Code"', () => {
  assert.equal(offersOtpFallback({ type: 'push-notification', options: { otpFallback: false } }), false);
});

test('SEL-9: push-notification offers "Manually Enter Code" by default and with otpFallback: true', () => {
  assert.equal(offersOtpFallback({ type: 'push-notification' }), true);
  assert.equal(offersOtpFallback({ type: 'push-notification', options: {} }), true);
  assert.equal(offersOtpFallback({ type: 'push-notification', options: { otpFallback: true } }), true);
});
