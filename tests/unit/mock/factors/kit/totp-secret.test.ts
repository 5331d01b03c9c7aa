import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSecret } from 'otplib';
import { totpSecretProblem } from '../../../../../mock/factors/kit/totp-secret.ts';
import { verifyTotp } from '../../../../../mock/factors/kit/totp-verify.ts';
import type { Authenticator } from '../../../../../mock/tenants/model.ts';

/** A 20-byte secret (32 characters, no padding), as authenticator apps and the harness's device make. */
const SECRET = generateSecret();
/** 128 bits exactly: 26 characters, 2 bits over, padded to 32. */
const SIXTEEN_BYTES = 'JBSWY3DPEHPK3PXPJBSWY3DPEE';

const TABLE: Array<[secret: string, problem: RegExp | undefined]> = [
  [SECRET, undefined],
  [SECRET.toLowerCase(), undefined],
  [SIXTEEN_BYTES, undefined],
  [`${SIXTEEN_BYTES}======`, undefined],
  [`${SECRET}A`, /whole bytes/],
  [`${SECRET}ABC`, /whole bytes/],
  [`${SIXTEEN_BYTES.slice(0, -1)}F`, /whole bytes/],
  [`${SIXTEEN_BYTES}==`, /padding/],
  [`${SECRET}========`, /padding/],
  [`${SECRET.slice(0, 10)}1${SECRET.slice(11)}`, /not Base32/],
  [`${SECRET.slice(0, 16)}=${SECRET.slice(16)}`, /not Base32/],
  ['', /not Base32/],
  // Ten bytes, as many authenticator apps make: Auth0 documents no minimum.
  ['JBSWY3DPEHPK3PXP', undefined],
  ['AA', undefined],
];

test('a totp_secret is refused unless it is Base32 of whole bytes, with its padding where padding goes', () => {
  for (const [secret, problem] of TABLE) {
    const found = totpSecretProblem(secret);
    if (problem) assert.match(found ?? '', problem, secret);
    else assert.equal(found, undefined, secret);
  }
});

test('every secret the check accepts can be verified at a challenge, and none that cannot be is accepted', async () => {
  for (const [secret] of TABLE) {
    const enrollment: Authenticator = {
      id: 'totp|dev_1',
      type: 'totp',
      confirmed: true,
      created_at: '',
      totp_secret: secret,
    };
    const verifies = await verifyTotp(enrollment, '000000').then(
      () => true,
      () => false,
    );
    // Padding that ends no block is refused although the library reads it: RFC 4648 does not allow it.
    if (totpSecretProblem(secret) === undefined) assert.ok(verifies, `${secret} is accepted but fails`);
    if (!verifies) assert.ok(totpSecretProblem(secret), `${secret} fails but is accepted`);
  }
});
