import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeIn } from '../../../helpers/mail/read-code.ts';

test('reads six digits in a row, as an email or a text message carries them', () => {
  assert.equal(codeIn('Your verification code is 042917. It expires in 5 minutes.'), '042917');
});

test('reads six digits spoken one by one, as a voice-call script carries them', () => {
  assert.equal(codeIn('Your code is 0, 4, 2, 9, 1, 7. Again: 0, 4, 2, 9, 1, 7.'), '042917');
});

test('does not take a longer number (a phone number, a date) for a code', () => {
  assert.equal(codeIn('Sent to +15555550123 on 20261123'), undefined);
});

test('finds nothing in a message without a code', () => {
  assert.equal(codeIn('Welcome to the tenant'), undefined);
});
