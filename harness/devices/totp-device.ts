import { generate, generateSecret } from 'otplib';
import { UNSURE } from '../../contract/unsure.ts';
import { pollUntil } from '../wait/poll-until.ts';
import type { UserToEnroll } from './user-to-enroll.ts';

export const TOTP_PERIOD_SECONDS = 30;

/** The current TOTP time step at `nowMs`. */
export function stepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * A previous-step code submitted this close to the next step may be two steps old when the server checks
 * it, and a next-step code this soon after a step began may be two steps ahead of a server whose clock is
 * a little behind: within this margin of either edge of a step the device leaves that step out.
 */
export const STEP_MARGIN_MS = 8_000;

/**
 * An authenticator app for one secret. The server accepts the previous, the current and the next step's
 * code (contract §5, docs/decisions/0054) and may refuse a step already used (0021). So the device answers
 * with the oldest accepted step not yet used: at any moment at least two steps are at hand (the previous
 * and the current one early in a step, all three in its middle, the current and the next one late in it),
 * so a second code in one login never waits; only a third code at the edge of a step waits, for at most
 * two margins (polled on the clock, never slept).
 */
export class TotpDevice {
  #lastUsedStep = -Infinity;

  constructor(readonly secret: string = generateSecret()) {}

  /** A valid code that has not been used, for a step the server accepts now. */
  async nextCode(now: () => number = Date.now): Promise<string> {
    const step = await pollUntil(() => this.#pickStep(now()), {
      timeoutMs: (TOTP_PERIOD_SECONDS + 5) * 1000,
      intervalMs: 250,
      message: 'no TOTP step became available: both accepted steps were used and the next one never began',
    });
    this.#lastUsedStep = step;
    return generate({ secret: this.secret, epoch: step * TOTP_PERIOD_SECONDS });
  }

  /** A code the server refuses: valid for no step within two of the current one (a margin on the one-step window). */
  async wrongCode(now: () => number = Date.now): Promise<string> {
    const current = stepAt(now());
    const accepted = await Promise.all(
      [current - 2, current - 1, current, current + 1, current + 2].map((s) =>
        generate({ secret: this.secret, epoch: s * TOTP_PERIOD_SECONDS }),
      ),
    );
    for (let candidate = 0; ; candidate += 1) {
      const code = String((Number(accepted[2]) + 500_000 + candidate) % 1_000_000).padStart(6, '0');
      if (!accepted.includes(code)) return code;
    }
  }

  #pickStep(nowMs: number): number | undefined {
    const current = stepAt(nowMs);
    const msLeftInStep = (current + 1) * TOTP_PERIOD_SECONDS * 1000 - nowMs;
    const msIntoStep = TOTP_PERIOD_SECONDS * 1000 - msLeftInStep;
    const candidates = [
      ...(msLeftInStep > STEP_MARGIN_MS ? [current - 1] : []),
      current,
      ...(UNSURE.totpAcceptsNextStep && msIntoStep > STEP_MARGIN_MS ? [current + 1] : []),
    ];
    return candidates.find((step) => step > this.#lastUsedStep);
  }
}

/** An `otp` enrollment: a fresh authenticator app, its secret given to the Management API. */
export async function provisionTotp(user: UserToEnroll): Promise<{ totp: TotpDevice }> {
  const totp = new TotpDevice();
  await user.target.management.users.authenticationMethods.create(user.userId, {
    type: 'totp',
    totp_secret: totp.secret,
  });
  return { totp };
}
