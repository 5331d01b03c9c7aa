/**
 * When the user last authenticated (OIDC's `auth_time`): the newest first-factor method (contract §3's names)
 * of the login, or of the session it continues. MFA and methods recorded by Actions do not count.
 * - a session authenticated `max_age` seconds ago or earlier logs in again (so max_age=0 always does)
 * - the id token carries `auth_time` when the request asked for it (max_age, prompt=login), while
 *   UNSURE.authTimeOnlyWhenRequested holds (docs/decisions/0032); otherwise always
 */
import { now } from '../clock.ts';
import { UNSURE } from '../../contract/unsure.ts';
import type { AuthMethod } from '../tenants/model.ts';
import type { AuthorizeRequest } from '../tenants/transaction.ts';

const FIRST_FACTORS = new Set(['pwd', 'federated', 'passkey']);

/** Seconds since the epoch of the newest first-factor method, or undefined when there is none. */
export function authenticatedAt(methods: readonly AuthMethod[]): number | undefined {
  const times = methods
    .filter((method) => FIRST_FACTORS.has(method.name))
    .map((method) => Math.floor(Date.parse(method.timestamp) / 1000));
  return times.length > 0 ? Math.max(...times) : undefined;
}

/** Whether a session with these methods satisfies the request's max_age. */
export function isRecentEnough(methods: readonly AuthMethod[], maxAge: number | undefined): boolean {
  if (maxAge === undefined) return true;
  const at = authenticatedAt(methods);
  return at !== undefined && Math.floor(now() / 1000) - at < maxAge;
}

export function carriesAuthTime(request: AuthorizeRequest): boolean {
  return !UNSURE.authTimeOnlyWhenRequested || request.maxAge !== undefined || request.prompt === 'login';
}
