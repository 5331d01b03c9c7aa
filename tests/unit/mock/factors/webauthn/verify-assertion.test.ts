import assert from 'node:assert/strict';
import { createHash, createPrivateKey, createSign } from 'node:crypto';
import { test } from 'node:test';
import { createSecurityKey, type SecurityKey } from '../../../../../harness/devices/security-key.ts';
import { verifyAssertion } from '../../../../../mock/factors/webauthn/webauthn-ceremony.ts';
import { WEBAUTHN_KINDS } from '../../../../../mock/factors/webauthn/webauthn-kinds.ts';
import { Tenant } from '../../../../../mock/tenants/tenant.ts';
import type { User } from '../../../../../mock/tenants/model.ts';

const kind = WEBAUTHN_KINDS['webauthn-roaming'];
const b64url = (bytes: Buffer) => bytes.toString('base64url');

/** An assertion as a security key makes it: authenticatorData || sha256(clientDataJSON), signed ES256. */
function assertion(
  key: SecurityKey,
  o: { rpId: string; origin: string; challenge: string; signCount: number },
) {
  const flags = Buffer.from([0x01]); // user present
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(o.signCount);
  const authenticatorData = Buffer.concat([createHash('sha256').update(o.rpId).digest(), flags, counter]);
  const clientDataJSON = Buffer.from(
    JSON.stringify({ type: 'webauthn.get', challenge: o.challenge, origin: o.origin, crossOrigin: false }),
  );
  const signed = Buffer.concat([authenticatorData, createHash('sha256').update(clientDataJSON).digest()]);
  const privateKey = createPrivateKey({
    key: Buffer.from(key.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const signature = createSign('sha256').update(signed).sign(privateKey);
  return JSON.stringify({
    id: key.credentialId,
    rawId: key.credentialId,
    type: 'public-key',
    response: {
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authenticatorData),
      signature: b64url(signature),
    },
    clientExtensionResults: {},
  });
}

function setUp() {
  const tenant = new Tenant('http://acme.localhost:4010');
  const key = createSecurityKey();
  const user = {
    user_id: 'auth0|1',
    authenticators: [
      {
        id: 'webauthn-roaming|dev_1',
        type: 'webauthn-roaming',
        confirmed: true,
        created_at: '',
        key_id: key.credentialId,
        public_key: key.publicKey,
        counter: 3,
      },
    ],
  } as unknown as User;
  const base = { rpId: tenant.hostname, origin: tenant.origin, challenge: 'challenge-1', signCount: 4 };
  return { tenant, key, user, base };
}

test('an assertion by the enrolled key, for this origin, rpID and challenge, verifies with its new counter', async () => {
  const { tenant, key, user, base } = setUp();
  const result = await verifyAssertion(tenant, user, kind, assertion(key, base), 'challenge-1');
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.value.newCounter, 4);
});

test('a bogus signature, another challenge, origin or rpID, or a counter that did not grow is refused', async () => {
  const { tenant, key, user, base } = setUp();
  const refused = async (response: string, challenge = 'challenge-1') =>
    (await verifyAssertion(tenant, user, kind, response, challenge)).ok === false;
  const good = JSON.parse(assertion(key, base)) as { response: { signature: string } };
  const bytes = Buffer.from(good.response.signature, 'base64url');
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
  good.response.signature = b64url(bytes);
  assert.ok(await refused(JSON.stringify(good)), 'bogus signature');
  assert.ok(await refused(assertion(key, base), 'challenge-2'), 'another challenge');
  assert.ok(await refused(assertion(key, { ...base, origin: 'http://evil.localhost:4010' })), 'origin');
  assert.ok(await refused(assertion(key, { ...base, rpId: 'evil.localhost' })), 'rpID');
  assert.ok(await refused(assertion(key, { ...base, signCount: 3 })), 'replayed counter');
  assert.ok(await refused(assertion(createSecurityKey(), base)), 'a key the user never enrolled');
});
