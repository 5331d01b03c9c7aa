import { scryptSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Tenant } from './tenant.ts';
import type { User } from './model.ts';
import { hex } from './ids.ts';

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

/** A new database-connection user with Auth0's defaults: no metadata, no roles, no enrollments. */
export function newUser(fields: {
  email: string;
  password: string;
  connection: string;
  email_verified?: boolean;
  phone_number?: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
}): User {
  const now = new Date().toISOString();
  return {
    user_id: `auth0|${hex(12)}`,
    email: fields.email,
    email_verified: fields.email_verified ?? false,
    passwordHash: hashPassword(fields.password),
    connection: fields.connection,
    phone_number: fields.phone_number,
    app_metadata: fields.app_metadata ?? {},
    user_metadata: fields.user_metadata ?? {},
    created_at: now,
    updated_at: now,
    logins_count: 0,
    roleIds: [],
    authenticators: [],
    mfaFailures: 0,
  };
}

/** The profile fields that both event.user and the Management API's user show. */
export function userProfile(user: User): Record<string, unknown> {
  return {
    user_id: user.user_id,
    email: user.email,
    email_verified: user.email_verified,
    phone_number: user.phone_number,
    name: user.email,
    nickname: user.email.split('@')[0],
    app_metadata: user.app_metadata,
    user_metadata: user.user_metadata,
    created_at: user.created_at,
    updated_at: user.updated_at,
    last_login: user.last_login,
    logins_count: user.logins_count,
    identities: [
      {
        connection: user.connection,
        provider: 'auth0',
        user_id: user.user_id.split('|')[1],
        isSocial: false,
      },
    ],
  };
}
