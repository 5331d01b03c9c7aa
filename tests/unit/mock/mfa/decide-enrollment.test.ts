import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideEnrollment, mustChallengeFirst } from '../../../../mock/mfa/decide-enrollment.ts';
import { showsRecoveryCode } from '../../../../mock/mfa/decide-recovery-code.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { command, context } from './context.ts';

const fresh = context({ enabled: ['otp', 'sms', 'push-notification', 'recovery-code', 'email'] });

test('ENR-1: enrollWith(otp) shows the OTP enrollment directly', () => {
  assert.deepEqual(decideEnrollment(fresh, command('enrollWith', 'otp')), {
    outcome: 'prompt',
    kind: 'enroll',
    offered: [{ type: 'otp' }],
    first: { type: 'otp' },
    warnings: [],
  });
});

test('ENR-1: enrollWith with additionalFactors shows the default, the alternatives behind "Try another method"', () => {
  const decision = decideEnrollment(fresh, command('enrollWith', 'otp', 'phone'));
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'otp' });
  assert.deepEqual(decision.outcome === 'prompt' && decision.offered, [{ type: 'otp' }, { type: 'phone' }]);
});

test('ENR-1: enrollWith whose default cannot be enrolled and two alternatives can shows the picker', () => {
  const c = context({
    enabled: ['otp', 'sms', 'push-notification'],
    enrolled: ['otp'],
    challengedWith: ['otp'],
  });
  const decision = decideEnrollment(c, command('enrollWith', 'otp', 'phone', 'push-notification'));
  assert.equal(decision.outcome === 'prompt' && decision.first, 'picker');
});

test('ENR-2: enrollWithAny with two usable factors shows the enrollment picker in the order given', () => {
  const decision = decideEnrollment(fresh, command('enrollWithAny', 'push-notification', 'otp'));
  assert.equal(decision.outcome === 'prompt' && decision.first, 'picker');
  assert.deepEqual(decision.outcome === 'prompt' && decision.offered, [
    { type: 'push-notification' },
    { type: 'otp' },
  ]);
});

test('ENR-3: enrollWithAny when all listed factors but one are enrolled goes straight to the remaining one', () => {
  const c = context({ enabled: ['otp', 'sms'], enrolled: ['otp'], challengedWith: ['otp'] });
  const decision = decideEnrollment(c, command('enrollWithAny', 'otp', 'phone'));
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'phone' });
  assert.deepEqual(decision.warnings, [MESSAGES.enrollFactorUnusable('otp')]);
});

test('ENR-4: enrollWithAny when every listed factor is enrolled fails the command and the login continues, with a w per factor', () => {
  const c = context({ enabled: ['otp', 'sms'], enrolled: ['otp', 'phone'], challengedWith: ['otp'] });
  assert.deepEqual(decideEnrollment(c, command('enrollWithAny', 'otp', 'phone')), {
    outcome: 'skip',
    warnings: [MESSAGES.enrollFactorUnusable('otp'), MESSAGES.enrollFactorUnusable('phone')],
  });
});

test('ENR-4: enrollWith (not Any) when its factors are all enrolled fails the login instead (docs/decisions/0014)', () => {
  const c = context({ enabled: ['otp'], enrolled: ['otp'], challengedWith: ['otp'] });
  const decision = decideEnrollment(c, command('enrollWith', 'otp'));
  assert.equal(decision.outcome === 'fail' && decision.reason, MESSAGES.enrollNoneUsable);
});

test('ENR-4, ENR-8: enrollWithAny whose factors are partly enrolled and partly disabled fails the login', () => {
  const c = context({ enabled: ['otp'], enrolled: ['otp'], challengedWith: ['otp'] });
  const decision = decideEnrollment(c, command('enrollWithAny', 'otp', 'phone'));
  assert.equal(decision.outcome === 'fail' && decision.reason, MESSAGES.enrollNoneUsable);
});

test('ENR-5: email cannot be enrolled through the commands: it is skipped with a w entry', () => {
  const decision = decideEnrollment(fresh, command('enrollWithAny', 'email', 'otp'));
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'otp' });
  assert.deepEqual(decision.warnings, [MESSAGES.enrollFactorUnusable('email')]);
});

test('ENR-5: every enrollment factor type but email can be enrolled', () => {
  const c = context({
    enabled: ['otp', 'sms', 'push-notification', 'recovery-code', 'webauthn-roaming', 'webauthn-platform'],
    webauthn: true,
  });
  for (const type of [
    'otp',
    'recovery-code',
    'push-notification',
    'phone',
    'webauthn-platform',
    'webauthn-roaming',
  ] as const)
    assert.equal(decideEnrollment(c, command('enrollWith', type)).outcome, 'prompt', type);
});

test('ENR-6: a user enrolled before the flow who has not completed a challenge gets the documented mfar', () => {
  const c = context({ enabled: ['otp', 'sms'], enrolled: ['otp'] });
  assert.deepEqual(decideEnrollment(c, command('enrollWith', 'phone')), {
    outcome: 'fail',
    reason:
      'An MFA enrollment was requested but the user is already enrolled in MFA. Challenge with at least one existing factor before enrolling a new one.',
    warnings: [],
  });
});

test('ENR-6: after a challenge earlier in the flow the enrollment goes ahead', () => {
  const c = context({ enabled: ['otp', 'sms'], enrolled: ['otp'], challengedWith: ['otp'] });
  assert.equal(decideEnrollment(c, command('enrollWith', 'phone')).outcome, 'prompt');
});

test('ENR-6: the automatic email factor does not count as an enrollment (docs/decisions/0013)', () => {
  const c = context({ enabled: ['otp', 'email'], enrolled: ['email'], explicitlyEnrolled: [] });
  assert.equal(mustChallengeFirst(c), false);
  assert.equal(decideEnrollment(c, command('enrollWith', 'otp')).outcome, 'prompt');
});

test('ENR-6: a user who had no factor and enrolled one in this flow may enroll another (the admin branch of the two-Action example)', () => {
  const c = context({ enabled: ['otp', 'sms'], enrolled: ['otp'], enrolledInFlow: ['otp'] });
  assert.equal(mustChallengeFirst(c), false);
  assert.equal(decideEnrollment(c, command('enrollWithAny', 'otp', 'phone')).outcome, 'prompt');
});

test('ENR-7: a disabled, unsupported or enrolled factor is skipped with a w entry and an alternative is offered', () => {
  const c = context({
    enabled: ['otp', 'sms', 'webauthn-roaming'],
    enrolled: ['otp'],
    challengedWith: ['otp'],
  });
  const decision = decideEnrollment(
    c,
    command('enrollWith', 'webauthn-roaming', 'push-notification', 'otp', 'phone'),
  );
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'phone' });
  assert.deepEqual(decision.warnings, [
    'An MFA enrollment is used in a PostLogin action, but the requested factor webauthn-roaming is not properly set up. Enable the requested factor and ensure the user is not already enrolled with it.',
    MESSAGES.enrollFactorUnusable('push-notification'),
    MESSAGES.enrollFactorUnusable('otp'),
  ]);
});

test('ENR-8: nothing enrollable fails the login with the documented mfar', () => {
  const decision = decideEnrollment(context({ enabled: [] }), command('enrollWithAny', 'otp', 'phone'));
  assert.equal(decision.outcome, 'fail');
  assert.equal(
    decision.outcome === 'fail' && decision.reason,
    'An MFA enrollment is used in a PostLogin action but the requested factors are not properly set up. To perform MFA, enable the requested factors and ensure the user is not already enrolled with them.',
  );
  assert.equal(decision.warnings.length, 2);
});

test('ENR-9: a first enrollment on a tenant with recovery codes shows the recovery code; a second does not', () => {
  const first = context({ enabled: ['otp', 'recovery-code'], explicitlyEnrolled: ['otp'] });
  assert.equal(showsRecoveryCode(first, 'otp'), true);
  const second = context({ enabled: ['otp', 'sms', 'recovery-code'], explicitlyEnrolled: ['otp', 'phone'] });
  assert.equal(showsRecoveryCode(second, 'phone'), false);
});

test('ENR-9: no recovery code without the factor enabled, nor after enrolling the recovery code itself', () => {
  assert.equal(showsRecoveryCode(context({ enabled: ['otp'] }), 'otp'), false);
  assert.equal(showsRecoveryCode(context({ enabled: ['recovery-code'] }), 'recovery-code'), false);
});
