import { scryptSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Tenant } from './tenant.ts';
import type { User } from './model.ts';

// Low scrypt cost: these are throwaway test users, and logins must stay fast under parallel workers.
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${scryptSync(password, salt, 32, SCRYPT).toString('hex')}`;
}

export function passwordMatches(user: User, password: string): boolean {
  const [salt, hash] = user.passwordHash.split(':');
  if (!salt || !hash) return false;
  const actual = scryptSync(password, Buffer.from(salt, 'hex'), 32, SCRYPT);
  return timingSafeEqual(actual, Buffer.from(hash, 'hex'));
}

export function findUserByEmail(tenant: Tenant, email: string): User | undefined {
  const wanted = email.toLowerCase();
  return [...tenant.users.values()].find((user) => user.email.toLowerCase() === wanted);
}
