import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstScreen, uniqueFactors } from '../../../../mock/mfa/prompt-decision.ts';

const otp = { type: 'otp' } as const;
const phone = { type: 'phone' } as const;

test('SEL-1, ENR-1: a prompt that opens on its first factor shows it, the others behind "Try another method"', () => {
  assert.deepEqual(firstScreen([otp, phone], true), otp);
});

test('SEL-4, ENR-3: one offered factor is shown directly, never behind the picker', () => {
  assert.deepEqual(firstScreen([phone], false), phone);
});

test('SEL-3, ENR-2: two or more offered factors, none first by right, open on the picker', () => {
  assert.equal(firstScreen([otp, phone], false), 'picker');
});

test('a prompt without factors is a bug of its caller, not a picker with nothing on it', () => {
  assert.throws(() => firstScreen([], true), /at least one factor/);
});

test('the same factor named twice counts once, with the options of its first mention', () => {
  const sms = { type: 'phone', options: { preferredMethod: 'sms' } } as const;
  assert.deepEqual(uniqueFactors([sms, otp, phone]), [sms, otp]);
});
