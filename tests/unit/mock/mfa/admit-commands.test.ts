import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitCommands, MAX_MFA_COMMANDS } from '../../../../mock/mfa/admit-commands.ts';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { command } from './context.ts';

const on = (issuedSoFar: number) => ({ customizeMfaWithActions: true, issuedSoFar });

test('SEQ-4: up to four commands in a flow are queued, counted across Actions', () => {
  assert.equal(MAX_MFA_COMMANDS, 4);
  const commands = [command('challengeWith', 'otp'), command('enrollWith', 'phone')];
  assert.deepEqual(admitCommands(on(2), commands), { outcome: 'queue', commands, issued: 4 });
});

test('SEQ-4: the fifth command fails the login, whichever Action issues it', () => {
  assert.deepEqual(admitCommands(on(4), [command('challengeWithAny', 'otp')]), {
    outcome: 'fail',
    reason: MESSAGES.tooManyCommands,
  });
  const fiveAtOnce = Array.from({ length: 5 }, () => command('challengeWith', 'otp'));
  assert.equal(admitCommands(on(0), fiveAtOnce).outcome, 'fail');
});

test('SEQ-8: with "Customize MFA Factors using Actions" off the commands are ignored with one w entry each', () => {
  const admission = admitCommands({ customizeMfaWithActions: false, issuedSoFar: 0 }, [
    command('challengeWith', 'otp'),
    command('enrollWithAny', 'otp'),
  ]);
  assert.deepEqual(admission, {
    outcome: 'ignore',
    warnings: [
      MESSAGES.customizeMfaDisabled('challengeWith'),
      MESSAGES.customizeMfaDisabled('enrollWithAny'),
    ],
  });
});

test('SEQ-8: ignored commands do not count towards the four', () => {
  const admission = admitCommands(
    { customizeMfaWithActions: false, issuedSoFar: 0 },
    Array.from({ length: 6 }, () => command('challengeWith', 'otp')),
  );
  assert.equal(admission.outcome, 'ignore');
});
