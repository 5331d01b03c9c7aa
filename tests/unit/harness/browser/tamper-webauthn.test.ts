import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tamperSignature } from '../../../../harness/browser/tamper-webauthn.ts';

test('only the signature changes, in its last byte', () => {
  const signature = Buffer.from([1, 2, 3, 4]).toString('base64url');
  const posted = JSON.stringify({ id: 'abc', response: { signature, authenticatorData: 'AAAA' } });
  const tampered = JSON.parse(tamperSignature(posted)) as { id: string; response: Record<string, string> };
  assert.equal(tampered.id, 'abc');
  assert.equal(tampered.response.authenticatorData, 'AAAA');
  assert.deepEqual([...Buffer.from(tampered.response.signature ?? '', 'base64url')], [1, 2, 3, 4 ^ 0xff]);
});

test('a credential without a signature (a registration) is refused', () => {
  assert.throws(
    () => tamperSignature(JSON.stringify({ response: { attestationObject: 'x' } })),
    /no signature/,
  );
});
