import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneMethods } from '../../../../../mock/factors/phone/phone-methods.ts';

const BOTH = ['sms', 'voice'] as const;

test('SEL-8: preferredMethod sms texts, voice calls, both offers the two in that order', () => {
  assert.deepEqual(phoneMethods({ type: 'phone', options: { preferredMethod: 'sms' } }, BOTH, 'voice'), [
    'sms',
  ]);
  assert.deepEqual(phoneMethods({ type: 'phone', options: { preferredMethod: 'voice' } }, BOTH, 'sms'), [
    'voice',
  ]);
  assert.deepEqual(phoneMethods({ type: 'phone', options: { preferredMethod: 'both' } }, BOTH, 'sms'), [
    'sms',
    'voice',
  ]);
});

test("without preferredMethod a challenge uses the enrollment's method, an enrollment whatever the tenant allows", () => {
  assert.deepEqual(phoneMethods({ type: 'phone' }, BOTH, 'voice'), ['voice']);
  assert.deepEqual(phoneMethods({ type: 'phone' }, BOTH), ['sms', 'voice']);
});

test("the tenant's message types limit the methods, and win when nothing asked for is allowed", () => {
  assert.deepEqual(phoneMethods({ type: 'phone', options: { preferredMethod: 'both' } }, ['sms']), ['sms']);
  assert.deepEqual(phoneMethods({ type: 'phone', options: { preferredMethod: 'voice' } }, ['sms']), ['sms']);
  assert.deepEqual(phoneMethods({ type: 'phone' }, ['voice'], 'sms'), ['voice']);
});
