/**
 * Whether a `totp_secret` can be used for TOTP (docs/decisions/0049), checked where it comes in (POST
 * /api/v2/users/{id}/authentication-methods) so that a challenge never meets one it cannot verify:
 * - Base32 (RFC 4648: A–Z and 2–7, either case), with or without its `=` padding
 * - encoding whole bytes: a length whose leftover bits make no byte, or leftover bits that are not zero, is
 *   not the encoding of any secret
 * Auth0 documents no minimum length, so none is imposed (totp-verify.ts verifies short secrets too).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Lengths mod 8 that end a Base32 string: each leaves fewer than 5 bits over. */
const WHOLE_BYTE_REMAINDERS = new Set([0, 2, 4, 5, 7]);

/** Why `secret` is not a usable TOTP secret, as a phrase; undefined when it is one. */
export function totpSecretProblem(secret: string): string | undefined {
  const [, body = '', padding = ''] = /^([^=]*)(=*)$/.exec(secret.toUpperCase()) ?? [];
  if (body === '' || [...body].some((c) => !ALPHABET.includes(c))) return 'is not Base32 (A-Z and 2-7)';
  if (padding && (padding.length >= 8 || (body.length + padding.length) % 8 !== 0))
    return 'has padding that does not end a Base32 block';
  const spareBits = (body.length * 5) % 8;
  const last = ALPHABET.indexOf(body.at(-1) ?? 'A');
  if (!WHOLE_BYTE_REMAINDERS.has(body.length % 8) || (last & ((1 << spareBits) - 1)) !== 0)
    return 'does not encode whole bytes';
  return undefined;
}
