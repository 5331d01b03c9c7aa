import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enrollRefusal } from '../../../../mock/mfa/usable-factors.ts';
import { context } from './context.ts';

test('ENR-5: email is refused as not enrollable by the commands, even when enabled', () => {
  assert.equal(enrollRefusal(context({ enabled: ['email'] }), 'email'), 'not-enrollable');
});

test('ENR-7: a factor is refused as disabled on the tenant, already enrolled, or unsupported by the browser', () => {
  const c = context({ enabled: ['otp', 'webauthn-roaming'], enrolled: ['otp'] });
  assert.equal(enrollRefusal(c, 'phone'), 'not-enabled');
  assert.equal(enrollRefusal(c, 'otp'), 'already-enrolled');
  assert.equal(enrollRefusal(c, 'webauthn-roaming'), 'not-supported');
  assert.equal(enrollRefusal(context({ enabled: ['otp'] }), 'otp'), undefined);
});
