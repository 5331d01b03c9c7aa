import { randomInt } from 'node:crypto';

/**
 * A phone number of its own for one run (+1 555 and seven random digits): text messages and calls land in
 * an inbox named after the number, so parallel scenarios must never share one.
 */
export function uniquePhoneNumber(): string {
  return `+1555${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}
