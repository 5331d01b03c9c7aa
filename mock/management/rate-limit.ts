/**
 * A tenant's Management API rate limit, opt-in (`MOCK_MGMT_RATE_LIMIT` requests a second; off by default):
 * a token bucket of `limit` requests, refilled at `limit` a second, as Auth0 meters a tenant (a free tenant:
 * 2 a second, in bursts of up to 10). Every answer carries Auth0's headers: `x-ratelimit-limit`,
 * `x-ratelimit-remaining` and `x-ratelimit-reset` (the UNIX second by which the bucket is full again). It runs
 * on the machine's time, never a tenant's moved clock: a client compares the reset with its own clock.
 */
export class ManagementRateLimit {
  #tokens: number;
  #at: number;
  /** When the last `api_limit` entry was written for a refusal (Auth0: once, then once a minute while refused). */
  #loggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly limit: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.#tokens = limit;
    this.#at = clock();
  }

  /**
   * Takes one request from the bucket: whether it may go on, the headers to answer with, and whether this
   * refusal is one to log (`api_limit`).
   */
  take(): { allowed: boolean; headers: Record<string, string>; log: boolean } {
    const now = this.clock();
    this.#tokens = Math.min(this.limit, this.#tokens + ((now - this.#at) / 1000) * this.limit);
    this.#at = now;
    const allowed = this.#tokens >= 1;
    if (allowed) this.#tokens -= 1;
    const log = !allowed && now - this.#loggedAt >= 60_000;
    if (log) this.#loggedAt = now;
    const fullAt = now + ((this.limit - this.#tokens) / this.limit) * 1000;
    return {
      allowed,
      log,
      headers: {
        'x-ratelimit-limit': String(this.limit),
        'x-ratelimit-remaining': String(Math.floor(this.#tokens)),
        'x-ratelimit-reset': String(Math.ceil(fullAt / 1000)),
      },
    };
  }
}
