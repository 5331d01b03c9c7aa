import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CODE_TTL_MS, matchesSentCode, newSentCode } from '../../../../../mock/factors/kit/one-time-code.ts';

test('a sent code is six digits, valid for five minutes', () => {
  const now = 1_000_000;
  const sent = newSentCode(now);
  assert.match(sent.code, /^\d{6}$/);
  assert.equal(CODE_TTL_MS, 5 * 60 * 1000);
  assert.ok(matchesSentCode(sent, sent.code, now + CODE_TTL_MS));
  assert.ok(!matchesSentCode(sent, sent.code, now + CODE_TTL_MS + 1), 'expired');
});

test('only the code sent counts: another one, or none sent, is refused', () => {
  const sent = { code: '123456', expiresAt: Date.now() + 1000 };
  assert.ok(matchesSentCode(sent, ' 123456 '));
  assert.ok(!matchesSentCode(sent, '123457'));
  assert.ok(!matchesSentCode(undefined, '123456'));
});
