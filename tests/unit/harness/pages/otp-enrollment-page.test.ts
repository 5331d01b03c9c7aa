import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretIn } from '../../../../harness/pages/otp-enrollment-page.ts';

test('reads a base32 secret shown in one piece', () => {
  assert.equal(
    secretIn('Manually enter the following code\nKVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD\nEnter your one-time code'),
    'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD',
  );
});

test('reads a secret grouped by fours, as some pages show it, without the spaces', () => {
  assert.equal(secretIn('Code: KVKF KRCP NZQU YMLX OVYD SQKJ KZDT SRLD'), 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD');
});

test('finds nothing on the QR view, whose text has no secret', () => {
  assert.equal(
    secretIn('Secure Your Account\nScan the QR Code below using your preferred authenticator app.\nContinue'),
    undefined,
  );
});

test('does not take an upper-case word or a short run for a secret', () => {
  assert.equal(secretIn('GOOGLE AUTHENTICATOR OR SIMILAR'), undefined);
});
