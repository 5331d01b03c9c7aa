import { generate, generateSecret } from 'otplib';
import { pollUntil } from '../wait/poll-until.ts';

export const TOTP_PERIOD_SECONDS = 30;

/** The current TOTP time step at `nowMs`. */
export function stepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * An authenticator app for one secret. Auth0 accepts the current and the previous step's code, and may
 * refuse a step already used (contract §5). So the device answers with the oldest accepted step not yet
 * used: two codes are at hand at once without any wait, and a third waits for the next step to begin
 * (polled, never slept) — at most one 30-second step, and only for a scenario that needs three codes in one.
 */
export class TotpDevice {
  #lastUsedStep = -Infinity;

  constructor(readonly secret: string = generateSecret()) {}

  /** A valid code that has not been used, for a step the server accepts now. */
  async nextCode(now: () => number = Date.now): Promise<string> {
    const step = await pollUntil(() => this.#pickStep(stepAt(now())), {
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

  #pickStep(current: number): number | undefined {
    return [current - 1, current].find((step) => step > this.#lastUsedStep);
  }
}
