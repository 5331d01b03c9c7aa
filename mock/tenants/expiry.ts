/**
 * How long what a tenant holds for a login lives (docs/decisions/0051), read on the mock's clock:
 * - a transaction: 5 minutes from /authorize (contract §1.1: an expired one shows `transaction-not-found`);
 *   the codes, push notifications and enrollment secrets of its prompt live in it and end with it
 * - an authorization code: its `expiresAt` (one minute, oauth/issue-code.ts)
 * - a session: the tenant's `idle_session_lifetime` since its last use and `session_lifetime` since the login
 *   (hours, as the tenant settings say; 72 and 168 by default)
 * - a remembered browser: its `expiresAt` (30 days, pipeline/remember-browser.ts)
 * Each is refused when read after its time (lazily), and `sweepExpired` deletes them all, so what nobody
 * comes back for does not stay in memory; the registry runs it periodically, never on a request's path.
 */
import { now } from '../clock.ts';
import type { Session } from './model.ts';
import type { Tenant } from './tenant.ts';
import { TRANSACTION_TTL_MS, type Transaction } from './transaction.ts';

const HOUR_MS = 3_600_000;

export function isTransactionExpired(tx: Transaction, at = now()): boolean {
  return at - tx.createdAt > TRANSACTION_TTL_MS;
}

/** Whether the session still logs its user in: used recently enough, and not older than its lifetime. */
export function isSessionAlive(tenant: Tenant, session: Session, at = now()): boolean {
  const { idle_session_lifetime: idleHours, session_lifetime: lifetimeHours } = tenant.settings;
  return (
    at - session.lastUsedAt <= idleHours * HOUR_MS &&
    at - Date.parse(session.created_at) <= lifetimeHours * HOUR_MS
  );
}

/** Deletes every transaction, code, session and remembered browser of `tenant` whose time is over. */
export function sweepExpired(tenant: Tenant, at = now()): void {
  for (const [state, tx] of tenant.transactions)
    if (isTransactionExpired(tx, at)) tenant.transactions.delete(state);
  for (const [value, code] of tenant.codes) if (code.expiresAt < at) tenant.codes.delete(value);
  for (const [id, session] of tenant.sessions)
    if (!isSessionAlive(tenant, session, at)) tenant.sessions.delete(id);
  for (const [value, browser] of tenant.rememberedBrowsers)
    if (browser.expiresAt <= at) tenant.rememberedBrowsers.delete(value);
}
