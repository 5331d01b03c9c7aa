import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeIn } from '../../../../harness/mail/read-code.ts';

test('reads six digits in a row, as an email or a text message carries them', () => {
  assert.equal(codeIn('Your verification code is 042917. It expires in 5 minutes.'), '042917');
});

test('reads six digits spoken one by one, as a voice-call script carries them', () => {
  assert.equal(codeIn('Your code is 0, 4, 2, 9, 1, 7. Again: 0, 4, 2, 9, 1, 7.'), '042917');
});

test('does not read digits inside a word, such as a tenant name before the spoken code, as the code', () => {
  const script =
    'Your verification code for ex-3-member-a123456f is 0, 4, 2, 9, 1, 7. Once again, 0, 4, 2, 9, 1, 7.';
  assert.equal(codeIn(script), '042917');
  assert.equal(codeIn('042917 is your verification code for challenge-sms-812345ab.'), '042917');
});

test('does not take a longer number (a phone number, a date) for a code', () => {
  assert.equal(codeIn('Sent to +15555550123 on 20261123'), undefined);
});

test('finds nothing in a message without a code', () => {
  assert.equal(codeIn('Welcome to the tenant'), undefined);
});

test('the first code in the message wins over a later run of digits, such as a tenant name', () => {
  assert.equal(codeIn('Your code is 0, 4, 2, 9, 1, 7. This call is from challenge-a1234567.'), '042917');
  assert.equal(codeIn('042917 is your verification code for tenant-7654321a.'), '042917');
});
