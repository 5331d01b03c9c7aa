import type { PhoneChannel } from '../../../contract/delivery.ts';
import { where, type RunContext } from '../../runner/run-context.ts';

/** The user's phone: pre-enrolled, or entered on the enrollment screen earlier in the scenario. */
export function userPhone(ctx: RunContext): { number: string; method: PhoneChannel } {
  if (!ctx.user.phone)
    throw new Error(
      `${where(ctx)}: the user has no phone: add { type: phone } to user.enrollments, or enroll one earlier with mfa-phone-enrollment`,
    );
  return ctx.user.phone;
}
