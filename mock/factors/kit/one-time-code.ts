import { randomInt } from 'node:crypto';
import { now } from '../../clock.ts';

/** contract §2: email and phone codes are 6 digits, valid 5 minutes. */
export const CODE_TTL_MS = 5 * 60 * 1000;

export interface SentCode {
  code: string;
  expiresAt: number;
}

export function newSentCode(at = now()): SentCode {
  return { code: String(randomInt(0, 1_000_000)).padStart(6, '0'), expiresAt: at + CODE_TTL_MS };
}

/** Only the last code sent counts: a resend replaces the one before. */
export function matchesSentCode(sent: SentCode | undefined, answer: string, at = now()): boolean {
  return sent !== undefined && at <= sent.expiresAt && answer.trim() === sent.code;
}
