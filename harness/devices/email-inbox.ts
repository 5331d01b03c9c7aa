import { randomBytes } from 'node:crypto';
import { EMAIL_DOMAIN } from '../provision/harness-names.ts';
import type { UserToEnroll } from './user-to-enroll.ts';

/** A fresh address for one run: its inbox in Mailpit is its own, so parallel scenarios never share codes. */
export function uniqueEmailAddress(): string {
  return `mfa-${randomBytes(6).toString('hex')}@${EMAIL_DOMAIN}`;
}

/**
 * An `email` enrollment at the user's own address. The harness holds nothing new for it: codes arrive in
 * the user's inbox, which the mailbox reads by address.
 */
export async function provisionEmail(user: UserToEnroll): Promise<Record<string, never>> {
  await user.target.management.users.authenticationMethods.create(user.userId, {
    type: 'email',
    email: user.email,
  });
  return {};
}
