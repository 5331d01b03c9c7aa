import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsStep, offersAnotherMethod, type StepClaim } from '../../../../mock/pipeline/current-step.ts';
import type { ActivePrompt, Transaction } from '../../../../mock/tenants/transaction.ts';

/** A transaction at one step: before the password, between steps, away on a redirect, or at a prompt. */
function at(step: 'login' | 'pipeline' | 'away' | Partial<ActivePrompt>): Transaction {
  const prompt: ActivePrompt | undefined =
    typeof step === 'object'
      ? {
          kind: 'challenge',
          offered: [{ type: 'otp' }],
          allowRememberBrowser: false,
          factorState: {},
          ...step,
        }
      : undefined;
  return {
    userId: step === 'login' ? undefined : 'auth0|u1',
    prompt,
    pipeline: { redirectedFrom: step === 'away' ? 0 : undefined },
  } as Transaction;
}

const otpChallenge: StepClaim = { step: 'factor', serves: [{ kind: 'challenge', factor: 'otp' }] };
const otpEnrollment: StepClaim = { step: 'factor', serves: [{ kind: 'enroll', factor: 'otp' }] };
const recoveryEnrollment: StepClaim = {
  step: 'factor',
  serves: [{ kind: 'enroll', factor: 'recovery-code' }],
};
const challengePicker: StepClaim = { step: 'picker', kind: 'challenge' };
const otp = { type: 'otp' } as const;
const email = { type: 'email' } as const;

const TABLE: Array<{ where: string; tx: Transaction; accepts: StepClaim[]; refuses: StepClaim[] }> = [
  {
    where: 'before the password',
    tx: at('login'),
    accepts: [{ step: 'login' }],
    refuses: [{ step: 'resume' }, { step: 'continue' }, otpChallenge, challengePicker],
  },
  {
    where: 'between two steps',
    tx: at('pipeline'),
    accepts: [{ step: 'resume' }],
    refuses: [{ step: 'login' }, { step: 'continue' }, otpChallenge],
  },
  {
    where: 'away on a redirect Action (RED-1)',
    tx: at('away'),
    accepts: [{ step: 'continue' }],
    refuses: [{ step: 'resume' }, { step: 'login' }, otpChallenge],
  },
  {
    where: 'at an OTP challenge offering only OTP',
    tx: at({ current: otp }),
    accepts: [otpChallenge],
    refuses: [otpEnrollment, recoveryEnrollment, challengePicker, { step: 'resume' }, { step: 'login' }],
  },
  {
    where: 'at an OTP challenge with email behind "Try another method" (SEL-2)',
    tx: at({ current: otp, offered: [otp, email] }),
    accepts: [otpChallenge, challengePicker],
    refuses: [{ step: 'factor', serves: [{ kind: 'challenge', factor: 'email' }] }, otpEnrollment],
  },
  {
    where: 'at the challenge picker (SEL-3)',
    tx: at({ offered: [otp, email] }),
    accepts: [challengePicker],
    refuses: [otpChallenge, { step: 'picker', kind: 'enroll' }],
  },
  {
    where: 'at the recovery code shown after an OTP enrollment (ENR-9)',
    tx: at({
      kind: 'enroll',
      offered: [otp, { type: 'phone' }],
      current: { type: 'recovery-code' },
      recoveryCodeAfter: 'otp',
    }),
    accepts: [recoveryEnrollment],
    refuses: [otpEnrollment, { step: 'picker', kind: 'enroll' }],
  },
];

for (const row of TABLE) {
  test(`a transaction ${row.where} accepts exactly the current step's screens`, () => {
    for (const claim of row.accepts) assert.ok(acceptsStep(row.tx, claim), JSON.stringify(claim));
    for (const claim of row.refuses) assert.ok(!acceptsStep(row.tx, claim), JSON.stringify(claim));
  });
}

test('SEL-2, ENR-1: "Try another method" is offered with alternatives, never while an enrollment finishes (ENR-9)', () => {
  const prompt = (extra: Partial<ActivePrompt>): ActivePrompt => ({
    kind: 'enroll',
    offered: [otp, { type: 'phone' }],
    allowRememberBrowser: false,
    factorState: {},
    ...extra,
  });
  assert.equal(offersAnotherMethod(prompt({})), true);
  assert.equal(offersAnotherMethod(prompt({ offered: [otp] })), false);
  assert.equal(offersAnotherMethod(prompt({ recoveryCodeAfter: 'otp' })), false);
});
