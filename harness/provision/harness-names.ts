import { randomBytes } from 'node:crypto';

/**
 * How the harness marks what it creates on a tenant, so that it touches nothing else and a sweep can find
 * what a crashed run left behind (harness/target/sweep-leftovers.ts).
 * - Actions and organizations: names starting with NAME_PREFIX
 * - users: addresses at EMAIL_DOMAIN (Auth0's user search reads `email.domain:`)
 * - roles keep the scenario's name, so they carry ROLE_DESCRIPTION instead
 */
export const NAME_PREFIX = 'mfa-conformance-';
export const EMAIL_DOMAIN = 'mfa-conformance.test';
export const ROLE_DESCRIPTION = 'mfa-conformance';

/** `mfa-conformance-<12 hex>`: a fresh name for an Action or organization of this run. */
export function harnessName(): string {
  return `${NAME_PREFIX}${randomBytes(6).toString('hex')}`;
}

/** True for what the harness made: a name with the prefix, an address at the domain. */
export function isHarnessName(name: string | undefined): boolean {
  return !!name && name.startsWith(NAME_PREFIX);
}
