import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factorPath, PICKER_PATHS } from '../../../../mock/pipeline/prompt-paths.ts';
import { SCREEN_PATHS } from '../../../../contract/screens.ts';

test("SEL-1, ENR-1: a prompt on a factor goes to that factor's challenge or enrollment screen", () => {
  assert.equal(factorPath('challenge', 'otp'), '/u/mfa-otp-challenge');
  assert.equal(factorPath('enroll', 'phone'), '/u/mfa-phone-enrollment');
});

test('SEL-3, ENR-2: a challenge picks on "Other Methods", an enrollment on "Keep Your Account Safe"', () => {
  assert.deepEqual(PICKER_PATHS, {
    challenge: '/u/mfa-login-options',
    enroll: SCREEN_PATHS['mfa-enroll-options'],
  });
});

test('ENR-5: email has no enrollment screen, so a prompt to enroll it is a bug of its caller', () => {
  assert.throws(() => factorPath('enroll', 'email'), /^Error: the mock cannot enroll with email$/);
});
