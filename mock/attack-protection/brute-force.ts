/**
 * Brute-force protection, as a tenant has it by default (count per identifier and IP, 10 attempts, shields
 * "block" and "user_notification"; docs/decisions/0047):
 * - each wrong password for a user counts against that user from that IP; a right one starts the count over
 * - the tenth in a row blocks the user from that IP: `limit_wc` is logged once, the user is told by email once,
 *   and every later attempt from that IP, with the right password too, is refused before it is checked
 * - the block lasts until an administrator removes it (DELETE /api/v2/user-blocks) or the password changes
 */
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';

/** Auth0's default `max_attempts`. */
export const MAX_FAILED_LOGINS = 10;

/** One user's failed logins from one IP, and whether they block it now. */
export interface FailedLogins {
  userId: string;
  identifier: string;
  connection: string;
  ip: string;
  count: number;
  blocked: boolean;
}

function key(user: User, ip: string): string {
  return `${user.user_id} ${ip}`;
}

export function isBlocked(tenant: Tenant, user: User, ip: string): boolean {
  return tenant.failedLogins.get(key(user, ip))?.blocked ?? false;
}

/** Counts a wrong password; `blocked` when this one reached the threshold and the block begins. */
export function countFailedLogin(tenant: Tenant, user: User, ip: string): 'counted' | 'blocked' {
  const entry = tenant.failedLogins.get(key(user, ip)) ?? {
    userId: user.user_id,
    identifier: user.email,
    connection: user.connection,
    ip,
    count: 0,
    blocked: false,
  };
  entry.count += 1;
  tenant.failedLogins.set(key(user, ip), entry);
  if (entry.blocked || entry.count < MAX_FAILED_LOGINS) return 'counted';
  entry.blocked = true;
  return 'blocked';
}

/** A successful login: the count of failures in a row starts over. */
export function forgetFailedLogins(tenant: Tenant, user: User, ip: string): void {
  tenant.failedLogins.delete(key(user, ip));
}

/** The IPs a user is blocked from, as `GET /api/v2/user-blocks` lists them. */
export function blocksOf(tenant: Tenant, userId: string): FailedLogins[] {
  return [...tenant.failedLogins.values()].filter((entry) => entry.userId === userId && entry.blocked);
}

/** Lifts every block and count of a user (an administrator's unblock, or a new password). */
export function unblockUser(tenant: Tenant, userId: string): void {
  for (const [name, entry] of tenant.failedLogins)
    if (entry.userId === userId) tenant.failedLogins.delete(name);
}
