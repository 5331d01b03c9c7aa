import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offersOtpFallback } from '../../../../mock/mfa/otp-fallback.ts';

test('SEL-9: push-notification with otpFallback: false hides "Manually Enter Code"', () => {
  assert.equal(offersOtpFallback({ otpFallback: false }), false);
});

test('SEL-9: push-notification offers "Manually Enter Code" by default and with otpFallback: true', () => {
  assert.equal(offersOtpFallback(undefined), true);
  assert.equal(offersOtpFallback({}), true);
  assert.equal(offersOtpFallback({ otpFallback: true }), true);
});
