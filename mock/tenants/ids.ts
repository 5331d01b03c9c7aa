import { randomBytes } from 'node:crypto';

/** Random identifiers in the shapes Auth0 uses (`auth0|<24 hex>`, `act_…`, `totp|dev_…`). */
export function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function token(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Upper-case letters and digits, as in device ids and recovery codes. */
export function alnum(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join('');
}
