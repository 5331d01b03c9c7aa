import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideChallenge } from '../../../../mock/mfa/decide-challenge.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { command, context } from './context.ts';

const both = context({ enabled: ['otp', 'email'], enrolled: ['otp', 'email'] });

test('SEL-1: challengeWith(otp) shows the OTP challenge directly', () => {
  const decision = decideChallenge(both, command('challengeWith', 'otp'));
  assert.deepEqual(decision, {
    outcome: 'prompt',
    kind: 'challenge',
    offered: [{ type: 'otp' }],
    first: { type: 'otp' },
    warnings: [],
  });
});

test('SEL-2: challengeWith with additionalFactors shows the default first, the usable alternatives behind "Try another method"', () => {
  const decision = decideChallenge(both, command('challengeWith', 'otp', 'email'));
  assert.equal(decision.outcome, 'prompt');
  if (decision.outcome !== 'prompt') return;
  assert.deepEqual(decision.first, { type: 'otp' });
  assert.deepEqual(decision.offered, [{ type: 'otp' }, { type: 'email' }]);
});

test('SEL-2: additionalFactors built from enrolledFactors offer only what is usable, the default named once', () => {
  const c = context({ enabled: ['otp', 'email'], enrolled: ['otp', 'email', 'phone'] });
  const decision = decideChallenge(c, command('challengeWith', 'otp', 'otp', 'email', 'phone'));
  assert.equal(decision.outcome, 'prompt');
  if (decision.outcome !== 'prompt') return;
  assert.deepEqual(decision.offered, [{ type: 'otp' }, { type: 'email' }]);
  assert.deepEqual(decision.warnings, [MESSAGES.challengeFactorUnusable('phone')]);
});

test('SEL-2: challengeWith whose default is unusable shows the only usable alternative (docs/decisions/0015)', () => {
  const c = context({ enabled: ['otp', 'email'], enrolled: ['email'] });
  const decision = decideChallenge(c, command('challengeWith', 'otp', 'email'));
  assert.equal(decision.outcome, 'prompt');
  if (decision.outcome !== 'prompt') return;
  assert.deepEqual(decision.first, { type: 'email' });
  assert.deepEqual(decision.warnings, [MESSAGES.challengeFactorUnusable('otp')]);
});

test('SEL-2: challengeWith whose default is unusable and two alternatives are usable shows the picker', () => {
  const c = context({ enabled: ['otp', 'email', 'sms'], enrolled: ['email', 'phone'] });
  const decision = decideChallenge(c, command('challengeWith', 'otp', 'email', 'phone'));
  assert.equal(decision.outcome === 'prompt' && decision.first, 'picker');
});

test('SEL-3: challengeWithAny with two usable factors shows the picker listing them in the order given', () => {
  const decision = decideChallenge(both, command('challengeWithAny', 'email', 'otp'));
  assert.equal(decision.outcome, 'prompt');
  if (decision.outcome !== 'prompt') return;
  assert.equal(decision.first, 'picker');
  assert.deepEqual(decision.offered, [{ type: 'email' }, { type: 'otp' }]);
});

test('SEL-3: the picker lists exactly the usable factors: an unenrolled one is left out', () => {
  const c = context({ enabled: ['otp', 'email', 'sms'], enrolled: ['otp', 'email'] });
  const decision = decideChallenge(c, command('challengeWithAny', 'phone', 'otp', 'email'));
  assert.equal(decision.outcome === 'prompt' && decision.first, 'picker');
  assert.deepEqual(decision.outcome === 'prompt' && decision.offered, [{ type: 'otp' }, { type: 'email' }]);
});

test('SEL-4: challengeWithAny with one usable factor skips the picker', () => {
  const c = context({ enabled: ['otp', 'email'], enrolled: ['otp'] });
  const decision = decideChallenge(c, command('challengeWithAny', 'email', 'otp'));
  assert.equal(
    decision.outcome === 'prompt' && decision.first && JSON.stringify(decision.first),
    '{"type":"otp"}',
  );
});

test('SEL-4: challengeWithAny with a one-element list skips the picker', () => {
  const decision = decideChallenge(both, command('challengeWithAny', 'email'));
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'email' });
});

test('SEL-5: no requested factor usable fails the command with the documented mfar message', () => {
  const c = context({ enabled: ['otp'], enrolled: [] });
  const decision = decideChallenge(c, command('challengeWithAny', 'otp', 'email'));
  assert.equal(decision.outcome, 'fail');
  assert.equal(decision.outcome === 'fail' && decision.reason, MESSAGES.challengeNoneUsable);
  assert.equal(
    MESSAGES.challengeNoneUsable,
    'An MFA challenge is used in a PostLogin action but the requested factors are not properly set up. To perform MFA, enable the requested factors and ensure the user is enrolled with them.',
  );
});

test('SEL-5: an enrolled factor that is disabled on the tenant is not usable', () => {
  const c = context({ enabled: [], enrolled: ['otp'] });
  assert.equal(decideChallenge(c, command('challengeWith', 'otp')).outcome, 'fail');
});

test('SEL-6: each unusable factor gets a w entry naming it, and the usable one is challenged', () => {
  const c = context({ enabled: ['otp'], enrolled: ['otp'] });
  const decision = decideChallenge(c, command('challengeWithAny', 'email', 'otp', 'phone'));
  assert.deepEqual(decision.warnings, [
    'An MFA challenge is used in a PostLogin action, but the requested factor email is not properly set up. Enable the requested factor and ensure the user is enrolled with it.',
    'An MFA challenge is used in a PostLogin action, but the requested factor phone is not properly set up. Enable the requested factor and ensure the user is enrolled with it.',
  ]);
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'otp' });
});

test('SEL-8: phone keeps its preferredMethod option through the decision, for the phone screens to honour', () => {
  const c = context({ enabled: ['sms'], enrolled: ['phone'] });
  const decision = decideChallenge(
    c,
    command('challengeWith', { type: 'phone', options: { preferredMethod: 'both' } }),
  );
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, {
    type: 'phone',
    options: { preferredMethod: 'both' },
  });
});

test('SEL-9: push-notification keeps otpFallback: false through the decision', () => {
  const c = context({ enabled: ['push-notification'], enrolled: ['push-notification'] });
  const decision = decideChallenge(
    c,
    command('challengeWith', { type: 'push-notification', options: { otpFallback: false } }),
  );
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, {
    type: 'push-notification',
    options: { otpFallback: false },
  });
});

test('SEL-11: a user with only the automatic email factor can be challenged with email', () => {
  const c = context({ enabled: ['email'], enrolled: ['email'], explicitlyEnrolled: [] });
  assert.deepEqual(decideChallenge(c, command('challengeWith', 'email')).outcome, 'prompt');
});

test('LOG-4: a partly unusable challenge writes w entries only, a wholly unusable one a mfar reason', () => {
  const partly = decideChallenge(
    context({ enabled: ['otp'], enrolled: ['otp'] }),
    command('challengeWithAny', 'otp', 'email'),
  );
  assert.equal(partly.outcome, 'prompt');
  assert.equal(partly.warnings.length, 1);
  const wholly = decideChallenge(context(), command('challengeWithAny', 'otp', 'email'));
  assert.equal(wholly.outcome, 'fail');
  assert.equal(wholly.warnings.length, 2);
});
