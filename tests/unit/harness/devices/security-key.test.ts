import assert from 'node:assert/strict';
import { createPrivateKey, createSign } from 'node:crypto';
import { test } from 'node:test';
import { cose, isoCBOR, verifySignature } from '@simplewebauthn/server/helpers';
import { createSecurityKey } from '../../../../harness/devices/security-key.ts';

test('the COSE public key decodes as an ES256 P-256 key', () => {
  const key = createSecurityKey();
  const decoded = isoCBOR.decodeFirst<Map<number, unknown>>(Buffer.from(key.publicKey, 'base64url'));
  assert.equal(decoded.get(cose.COSEKEYS.kty), cose.COSEKTY.EC2);
  assert.equal(decoded.get(cose.COSEKEYS.alg), cose.COSEALG.ES256);
  assert.equal(decoded.get(cose.COSEKEYS.crv), cose.COSECRV.P256);
  assert.equal((decoded.get(cose.COSEKEYS.x) as Uint8Array).length, 32);
  assert.equal((decoded.get(cose.COSEKEYS.y) as Uint8Array).length, 32);
  assert.equal(Buffer.from(key.credentialId, 'base64url').length, 32);
});

test('a signature by the PKCS#8 private key verifies against the COSE public key', async () => {
  const key = createSecurityKey();
  const data = Buffer.from('authenticatorData || sha256(clientDataJSON)');
  const privateKey = createPrivateKey({
    key: Buffer.from(key.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const signature = createSign('sha256').update(data).sign(privateKey);
  const credentialPublicKey = Buffer.from(key.publicKey, 'base64url');
  assert.equal(await verifySignature({ signature, data, credentialPublicKey }), true);
});

test('a signature by another key does not verify', async () => {
  const [key, other] = [createSecurityKey(), createSecurityKey()];
  const data = Buffer.from('data');
  const privateKey = createPrivateKey({
    key: Buffer.from(other.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const signature = createSign('sha256').update(data).sign(privateKey);
  const credentialPublicKey = Buffer.from(key.publicKey, 'base64url');
  assert.equal(await verifySignature({ signature, data, credentialPublicKey }), false);
});
