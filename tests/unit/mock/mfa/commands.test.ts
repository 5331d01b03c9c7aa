import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChallenge, MFA_COMMAND_NAMES } from '../../../../mock/mfa/commands.ts';

test('SEL-1, ENR-1: challengeWith and challengeWithAny are decided as challenges, enrollWith and enrollWithAny as enrollments', () => {
  assert.deepEqual(
    MFA_COMMAND_NAMES.filter((name) => isChallenge({ name })),
    ['challengeWith', 'challengeWithAny'],
  );
});
