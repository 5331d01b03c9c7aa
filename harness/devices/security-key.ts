import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import type { VirtualCredential } from '../browser/virtual-authenticators.ts';
import type { UserToEnroll } from './user-to-enroll.ts';

/** COSE key labels and values for an EC2 P-256 ES256 key (RFC 9053, RFC 8152 §13.1.1). */
const COSE = { kty: 1, alg: 3, crv: -1, x: -2, y: -3, EC2: 2, ES256: -7, P256: 1 } as const;

/**
 * A security key made by the harness for a user who starts enrolled: a P-256 key pair and a credential id.
 * The public half goes to the Management API as a COSE key in base64url (what @simplewebauthn stores,
 * contract/unsure.ts); the private half goes onto the virtual authenticator as PKCS#8.
 */
export interface SecurityKey {
  /** base64url */
  credentialId: string;
  /** COSE_Key, base64url */
  publicKey: string;
  /** PKCS#8 DER, base64 */
  privateKey: string;
}

export function createSecurityKey(): SecurityKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    credentialId: randomBytes(32).toString('base64url'),
    publicKey: Buffer.from(coseP256Key(jwk.x ?? '', jwk.y ?? '')).toString('base64url'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

/** The COSE_Key of a P-256 public key given as JWK coordinates (base64url). */
export function coseP256Key(x: string, y: string): Uint8Array {
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [COSE.kty, COSE.EC2],
      [COSE.alg, COSE.ES256],
      [COSE.crv, COSE.P256],
      [COSE.x, Buffer.from(x, 'base64url')],
      [COSE.y, Buffer.from(y, 'base64url')],
    ]),
  );
}

/** The key as the virtual authenticator takes it, for relying party `rpId`, never used before. */
export function virtualCredential(key: SecurityKey, rpId: string): VirtualCredential {
  return { credentialId: key.credentialId, privateKey: key.privateKey, rpId, signCount: 0 };
}

/**
 * A `webauthn-roaming` enrollment: a fresh security key, its public half given to the Management API, the
 * whole key handed back for the browser's virtual authenticator.
 */
export async function provisionSecurityKey(user: UserToEnroll): Promise<{ securityKey: VirtualCredential }> {
  // The relying party is the tenant's host name: the browser's origin without scheme and port.
  const rpId = new URL(user.target.origin).hostname;
  const key = createSecurityKey();
  await user.target.management.users.authenticationMethods.create(user.userId, {
    type: 'webauthn-roaming',
    key_id: key.credentialId,
    public_key: key.publicKey,
    relying_party_identifier: rpId,
  });
  return { securityKey: virtualCredential(key, rpId) };
}
