import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOutcome } from '../../../../mock/actions/action-outcome.ts';
import type { ApiCall } from '../../../../mock/actions/protocol.ts';

const call = (path: string, ...args: unknown[]): ApiCall => ({ path, args });

test('SEL-7: every challenge factor type and its options are read from the Action', () => {
  const factors = [
    { type: 'otp' },
    { type: 'email' },
    { type: 'push-notification', options: { otpFallback: false } },
    { type: 'phone', options: { preferredMethod: 'voice' } },
    { type: 'webauthn-platform' },
    { type: 'webauthn-roaming' },
    { type: 'recovery-code' },
  ];
  const outcome = readOutcome([call('authentication.challengeWithAny', factors)], 'a');
  assert.deepEqual(outcome.commands, [{ name: 'challengeWithAny', factors, actionName: 'a' }]);
});

test('SEL-7: an unknown factor type makes the Action invalid, saying which factor', () => {
  const outcome = readOutcome([call('authentication.challengeWith', { type: 'sms' }, {})], 'a');
  assert.match(outcome.invalid ?? '', /\{"type":"sms"\} is not a factor/);
});

test('SEL-2: challengeWith puts the default factor first, then additionalFactors', () => {
  const outcome = readOutcome(
    [call('authentication.challengeWith', { type: 'otp' }, { additionalFactors: [{ type: 'email' }] })],
    'a',
  );
  assert.deepEqual(outcome.commands[0]?.factors, [{ type: 'otp' }, { type: 'email' }]);
});

test('SEQ-1: commands are kept in the order the Action issued them', () => {
  const outcome = readOutcome(
    [
      call('authentication.enrollWithAny', [{ type: 'otp' }]),
      call('authentication.challengeWith', { type: 'otp' }, {}),
    ],
    'a',
  );
  assert.deepEqual(
    outcome.commands.map((c) => c.name),
    ['enrollWithAny', 'challengeWith'],
  );
});

test('SEQ-6: multifactor.enable is read with its provider and allowRememberBrowser', () => {
  const outcome = readOutcome([call('multifactor.enable', 'any', { allowRememberBrowser: true })], 'a');
  assert.deepEqual(outcome.multifactor, { provider: 'any', allowRememberBrowser: true });
});

test('RED-1: sendUserTo is read with its query; recordMethod and deny too', () => {
  const outcome = readOutcome(
    [
      call('redirect.sendUserTo', 'https://factor.example/go', { query: { session_token: 't' } }),
      call('authentication.recordMethod', 'https://factor.example/go'),
      call('access.deny', 'no'),
    ],
    'a',
  );
  assert.deepEqual(outcome.redirect, { url: 'https://factor.example/go', query: { session_token: 't' } });
  assert.deepEqual(outcome.recordedMethods, ['https://factor.example/go']);
  assert.equal(outcome.deny, 'no');
});
