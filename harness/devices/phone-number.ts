import { randomInt } from 'node:crypto';
import type { UserToEnroll } from './user-to-enroll.ts';

/**
 * A phone number of its own for one run (+1 555 and seven random digits): text messages and calls land in
 * an inbox named after the number, so parallel scenarios must never share one.
 */
export function uniquePhoneNumber(): string {
  return `+1555${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

/** The phone a user is enrolled with, and how its codes reach it. */
export interface Phone {
  number: string;
  method: 'sms' | 'voice';
}

/** A `phone` enrollment: the scenario's number, or one of its own, with the scenario's delivery method. */
export async function provisionPhone(
  user: UserToEnroll,
  enrollment: { phone_number?: string | undefined; method: Phone['method'] },
): Promise<{ phone: Phone }> {
  const phone: Phone = { number: enrollment.phone_number ?? uniquePhoneNumber(), method: enrollment.method };
  await user.target.management.users.authenticationMethods.create(user.userId, {
    type: 'phone',
    phone_number: phone.number,
    preferred_authentication_method: phone.method,
  });
  return { phone };
}
