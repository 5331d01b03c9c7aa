import { Signal } from '../wait/signal.ts';

/** The longest a call waits for the tenant's rate limit to let it through before the run says so. */
const PATIENCE_MS = 120_000;

/**
 * The harness's own pacing of its Management API calls (`/api/v2/…`), so that a run does not hammer a tenant:
 * it goes by what the tenant's answers say, `x-ratelimit-remaining` calls left until `x-ratelimit-reset` (a
 * UNIX second). While nothing is known (the first call, or after a reset) one call goes at a time; a tenant
 * that sends no such headers is not paced at all (the mock without MOCK_MGMT_RATE_LIMIT); once none remain,
 * calls wait until the reset the tenant announced, woken then or by any answer. A 429 the tenant answers
 * anyway (another client spent its budget) is counted and left to the SDK, which retries it at the reset.
 * Other requests (the token endpoint, the Authentication API's own limits) pass straight through.
 */
export class ManagementPacing {
  /** 429s the tenant answered, each retried by the SDK. */
  refused = 0;
  /** Calls that waited for the tenant's budget (for a report, and the tests). */
  held = 0;
  #budget: number | 'unknown' | 'unlimited' = 'unknown';
  #resetAt = 0;
  #inFlight = 0;
  #wake: NodeJS.Timeout | undefined;
  readonly #changed = new Signal();

  constructor(
    private readonly inner: typeof fetch,
    private readonly clock: () => number = Date.now,
  ) {}

  readonly fetch: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!new URL(url).pathname.startsWith('/api/v2/')) return this.inner(input, init);
    await this.#turn(url);
    try {
      const response = await this.inner(input, init);
      this.#learn(response);
      return response;
    } finally {
      this.#inFlight -= 1;
      this.#changed.notify();
    }
  };

  async #turn(url: string): Promise<void> {
    const admitted = () => {
      if (this.#admit()) return true;
      // Held for the tenant's reset (not for an answer still to come): be woken then.
      if (typeof this.#budget === 'number') this.#wakeAtReset();
      return undefined;
    };
    if (admitted()) return;
    this.held += 1;
    await this.#changed.until(admitted, {
      timeoutMs: PATIENCE_MS,
      message:
        `The tenant's Management API rate limit let no call through for ${PATIENCE_MS / 1000} s (waiting to ` +
        `call ${new URL(url).pathname}): another client may be using up its budget; stop it, or run when the tenant is idle.`,
    });
  }

  /** Whether a call may go now; if so it is counted in flight at once, before another waiter is asked. */
  #admit(): boolean {
    if (typeof this.#budget === 'number' && this.#budget <= 0 && this.clock() >= this.#resetAt)
      this.#budget = 'unknown';
    if (this.#budget === 'unknown' ? this.#inFlight > 0 : this.#budget !== 'unlimited' && this.#budget <= 0)
      return false;
    if (typeof this.#budget === 'number') this.#budget -= 1;
    this.#inFlight += 1;
    return true;
  }

  #learn(response: Response): void {
    const remaining = Number(response.headers.get('x-ratelimit-remaining') ?? Number.NaN);
    const reset = Number(response.headers.get('x-ratelimit-reset') ?? Number.NaN);
    if (!Number.isNaN(reset)) this.#resetAt = reset * 1000;
    if (response.status === 429) {
      this.refused += 1;
      this.#budget = 0;
      if (Number.isNaN(reset)) this.#resetAt = this.clock() + 1000;
      return;
    }
    if (Number.isNaN(remaining)) {
      this.#budget = 'unlimited';
      return;
    }
    // The calls still in flight were let through on the budget this answer does not count yet. Answers
    // arrive out of order, so an older one's larger `remaining` never raises the budget: it grows again only
    // after the reset, from the next answer.
    const estimate = Math.max(0, remaining - (this.#inFlight - 1));
    this.#budget = typeof this.#budget === 'number' ? Math.min(this.#budget, estimate) : estimate;
  }

  /** Wakes the waiters at the reset the tenant announced (the condition they wait for), once per reset. */
  #wakeAtReset(): void {
    if (this.#wake) return;
    this.#wake = setTimeout(
      () => {
        this.#wake = undefined;
        this.#changed.notify();
      },
      Math.max(0, this.#resetAt - this.clock()),
    );
    this.#wake.unref();
  }
}
