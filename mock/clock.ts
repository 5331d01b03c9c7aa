/**
 * The mock's time, read in one place: every expiry (transactions, codes, sessions, remembered browsers, idle
 * tenants) asks `now()`. A test or a script moves it forward with `advanceClock` instead of waiting, so five
 * minutes of a transaction's life pass in no time; the mock itself never moves it. It reads `Date.now()`
 * each time, so node:test's mocked Date moves it too.
 *
 * A scenario moves one tenant's time (`clock: { advance: 25h }`, PUT /__mock/clock) without touching the
 * tenants other scenarios run in: the listener runs each request in its tenant's time (`inTenantTime`), so
 * `now()` there includes that tenant's offset, and an Action run gets the same offset for its `Date`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

let offsetMs = 0;
const tenantOffsets = new Map<string, number>();
const requestTenant = new AsyncLocalStorage<string>();

/** Milliseconds since the epoch, as the mock sees them (in the current request's tenant's time). */
export function now(): number {
  const tenant = requestTenant.getStore();
  return Date.now() + offsetMs + (tenant === undefined ? 0 : (tenantOffsets.get(tenant) ?? 0));
}

/** The mock's time without any tenant's offset: what idleness is measured in. */
export function mockWideNow(): number {
  return Date.now() + offsetMs;
}

/** Moves the mock's time `ms` forward (never back: expired things stay expired). */
export function advanceClock(ms: number): void {
  offsetMs += forward(ms);
}

/** Moves one tenant's time `ms` forward, for the requests to its origin from now on. */
export function advanceTenantClock(origin: string, ms: number): void {
  const key = origin.toLowerCase();
  tenantOffsets.set(key, (tenantOffsets.get(key) ?? 0) + forward(ms));
}

/** How far a tenant's time is ahead of the machine's (what an Action's `Date` adds). */
export function tenantClockOffset(origin: string): number {
  return offsetMs + (tenantOffsets.get(origin.toLowerCase()) ?? 0);
}

/** A mock-wide time `at` read in one tenant's time (what the periodic sweep expires that tenant's entries by). */
export function inTenantClock(origin: string, at: number): number {
  return at + (tenantOffsets.get(origin.toLowerCase()) ?? 0);
}

/** Runs `handle` (a request to `origin`) in that tenant's time. */
export function inTenantTime<T>(origin: string, handle: () => T): T {
  return requestTenant.run(origin.toLowerCase(), handle);
}

/** A freed tenant's origin starts again on the machine's time. */
export function forgetTenantClock(origin: string): void {
  tenantOffsets.delete(origin.toLowerCase());
}

/** Back to the machine's time (a test that advanced the clock puts it back for the next). */
export function resetClock(): void {
  offsetMs = 0;
  tenantOffsets.clear();
}

function forward(ms: number): number {
  if (!(ms >= 0)) throw new Error(`The clock moves forward by 0 ms or more, not ${ms}.`);
  return ms;
}
