/**
 * The mock's time, read in one place: every expiry (transactions, codes, sessions, remembered browsers, idle
 * tenants) asks `now()`. A test or a script moves it forward with `advanceClock` instead of waiting, so five
 * minutes of a transaction's life pass in no time; the mock itself never moves it. It reads `Date.now()`
 * each time, so node:test's mocked Date moves it too.
 */

let offsetMs = 0;

/** Milliseconds since the epoch, as the mock sees them. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Moves the mock's time `ms` forward (never back: expired things stay expired). */
export function advanceClock(ms: number): void {
  if (!(ms >= 0)) throw new Error(`advanceClock takes a number of milliseconds of 0 or more, got ${ms}.`);
  offsetMs += ms;
}

/** Back to the machine's time (a test that advanced the clock puts it back for the next). */
export function resetClock(): void {
  offsetMs = 0;
}
