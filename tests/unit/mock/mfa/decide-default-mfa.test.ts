import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideDefaultMfa, type DefaultMfaInput } from '../../../../mock/mfa/decide-default-mfa.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { context } from './context.ts';

const enrolled = context({ enabled: ['otp'], enrolled: ['otp'] });
const input = (overrides: Partial<DefaultMfaInput> = {}): DefaultMfaInput => ({
  usedCommands: false,
  policies: [],
  browserRemembered: false,
  ...overrides,
});

test('SEQ-5: when an Action used a command, neither multifactor.enable nor the policy adds a prompt', () => {
  const decision = decideDefaultMfa(
    enrolled,
    input({ usedCommands: true, multifactorProvider: 'any', policies: ['all-applications'] }),
  );
  assert.equal(decision.outcome, 'none');
});

test('SEQ-6: api.multifactor.enable challenges the enrolled user at the end of the pipeline', () => {
  const decision = decideDefaultMfa(enrolled, input({ multifactorProvider: 'any' }));
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'otp' });
});

test("SEQ-6: api.multifactor.enable('none') turns MFA off even under the Always policy", () => {
  const decision = decideDefaultMfa(
    enrolled,
    input({ multifactorProvider: 'none', policies: ['all-applications'] }),
  );
  assert.equal(decision.outcome, 'none');
});

test('SEQ-6: a remembered browser skips the MFA of multifactor.enable', () => {
  assert.equal(
    decideDefaultMfa(enrolled, input({ multifactorProvider: 'any', browserRemembered: true })).outcome,
    'none',
  );
});

test('SEQ-6: a remembered browser skips MFA for a user with email and another factor', () => {
  const emailAndOtp = context({ enabled: ['otp', 'email'], enrolled: ['otp', 'email'] });
  const decision = decideDefaultMfa(
    emailAndOtp,
    input({ multifactorProvider: 'any', browserRemembered: true }),
  );
  assert.equal(decision.outcome, 'none');
});

test('SEQ-6: a remembered browser skips MFA for a user left with no factor: no enrollment is asked', () => {
  const decision = decideDefaultMfa(
    context({ enabled: ['otp'] }),
    input({ multifactorProvider: 'any', browserRemembered: true }),
  );
  assert.equal(decision.outcome, 'none');
});

test('SEQ-6: a remembered browser does not skip MFA when email is the only factor (contract §5)', () => {
  const emailOnly = context({ enabled: ['email'], enrolled: ['email'], explicitlyEnrolled: [] });
  const decision = decideDefaultMfa(
    emailOnly,
    input({ multifactorProvider: 'any', browserRemembered: true }),
  );
  assert.equal(decision.outcome, 'prompt');
});

test('SEQ-7: with no command, the Always policy still prompts', () => {
  assert.equal(decideDefaultMfa(enrolled, input({ policies: ['all-applications'] })).outcome, 'prompt');
});

test('SEQ-7: the policy challenges with the first enrolled factor, the other usable ones behind "Try another method"', () => {
  const c = context({ enabled: ['otp', 'sms'], enrolled: ['otp', 'push-notification', 'phone'] });
  assert.deepEqual(decideDefaultMfa(c, input({ policies: ['all-applications'] })), {
    outcome: 'prompt',
    kind: 'challenge',
    offered: [{ type: 'otp' }, { type: 'phone' }],
    first: { type: 'otp' },
    warnings: [],
  });
});

test('SEQ-7: the Never policy and no multifactor.enable mean no MFA', () => {
  assert.deepEqual(decideDefaultMfa(enrolled, input()), { outcome: 'none', warnings: [] });
});

test('SEQ-7: a user with no factor under Always is asked to enroll in an enabled one', () => {
  const decision = decideDefaultMfa(context({ enabled: ['otp'] }), input({ policies: ['all-applications'] }));
  assert.equal(decision.outcome === 'prompt' && decision.kind, 'enroll');
  assert.deepEqual(decision.outcome === 'prompt' && decision.first, { type: 'otp' });
});

test('SEQ-7: a user with no factor picks among those of a first enrollment: neither email nor recovery codes', () => {
  const c = context({ enabled: ['email', 'recovery-code', 'otp', 'sms'] });
  assert.deepEqual(decideDefaultMfa(c, input({ policies: ['all-applications'] })), {
    outcome: 'prompt',
    kind: 'enroll',
    offered: [{ type: 'otp' }, { type: 'phone' }],
    first: 'picker',
    warnings: [],
  });
});

test('SEQ-7: MFA required of a user with no factor, on a tenant with none to enroll in, fails the login', () => {
  assert.deepEqual(
    decideDefaultMfa(context({ enabled: ['email'] }), input({ policies: ['all-applications'] })),
    {
      outcome: 'fail',
      reason: MESSAGES.noFactorEnabled,
      warnings: [],
    },
  );
});

test('SEL-10: the Adaptive policy prompts for a low-confidence login only', () => {
  const adaptive = (riskConfidence: string) =>
    decideDefaultMfa(enrolled, input({ policies: ['confidence-score'], riskConfidence })).outcome;
  assert.equal(adaptive('low'), 'prompt');
  assert.equal(adaptive('medium'), 'none');
  assert.equal(adaptive('high'), 'none');
});
