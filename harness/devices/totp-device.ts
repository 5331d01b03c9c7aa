import { generate, generateSecret } from 'otplib';
import { pollUntil } from '../wait/poll-until.ts';
import type { UserToEnroll } from './user-to-enroll.ts';

export const TOTP_PERIOD_SECONDS = 30;

/** The current TOTP time step at `nowMs`. */
export function stepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * A previous-step code submitted this close to the next step may be two steps old when the server checks
 * it, and refused; closer than this the device answers with the current step only.
 */
export const STEP_MARGIN_MS = 8_000;

/**
 * An authenticator app for one secret. Auth0 accepts the current and the previous step's code, and may
 * refuse a step already used (contract §5). So the device answers with the oldest accepted step not yet
 * used: two codes are at hand at once without any wait (near the end of a step, the second waits at most
 * STEP_MARGIN_MS for the next step), and a third waits for the next step to begin (polled, never slept) —
 * only a scenario that needs three codes in one step ever waits up to a step.
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

  /** A code the server refuses: valid for no step it could accept. */
  async wrongCode(now: () => number = Date.now): Promise<string> {
    const current = stepAt(now());
    const accepted = await Promise.all(
      [current - 1, current, current + 1].map((s) =>
        generate({ secret: this.secret, epoch: s * TOTP_PERIOD_SECONDS }),
      ),
    );
    for (let candidate = 0; ; candidate += 1) {
      const code = String((Number(accepted[1]) + 500_000 + candidate) % 1_000_000).padStart(6, '0');
      if (!accepted.includes(code)) return code;
    }
  }

  #pickStep(nowMs: number): number | undefined {
    const current = stepAt(nowMs);
    const msLeftInStep = (current + 1) * TOTP_PERIOD_SECONDS * 1000 - nowMs;
    const candidates = msLeftInStep > STEP_MARGIN_MS ? [current - 1, current] : [current];
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
