import type { ProvisionableFactor } from '../../contract/factors.ts';
import type { Scenario } from '../format/schema.ts';
import { provisionEmail } from '../devices/email-inbox.ts';
import { provisionPhone } from '../devices/phone-number.ts';
import { provisionSecurityKey } from '../devices/security-key.ts';
import { provisionTotp } from '../devices/totp-device.ts';
import type { UserToEnroll } from '../devices/user-to-enroll.ts';
import type { ProvisionedUser } from './provision-user.ts';

/** An enrollment as a scenario writes it: a factor name, or an object with its `type` and options. */
export type Enrollment = Scenario['user']['enrollments'][number];

/** The scenario's enrollment of each provisionable factor (never: the scenario format cannot say one yet). */
type EnrollmentOf = { [F in ProvisionableFactor]: Extract<Enrollment, F | { type: F }> };

/**
 * Each provisionable factor's device, creating the enrollment and handing back what the harness then holds.
 * Typed by the factor table: a row that gains managementFields fails the typecheck here until its device
 * has a `provision`.
 */
export const PROVISION: {
  [F in ProvisionableFactor]: (
    user: UserToEnroll,
    enrollment: EnrollmentOf[F],
  ) => Promise<Partial<ProvisionedUser>>;
} = {
  otp: provisionTotp,
  email: provisionEmail,
  phone: provisionPhone,
  'webauthn-roaming': provisionSecurityKey,
};

function provision<F extends ProvisionableFactor>(
  factor: F,
  user: UserToEnroll,
  enrollment: EnrollmentOf[F],
): Promise<Partial<ProvisionedUser>> {
  return PROVISION[factor](user, enrollment);
}

/** Creates one enrollment before the login, with the device of its factor; returns what the device holds. */
export function provisionEnrollment(
  user: UserToEnroll,
  enrollment: Enrollment,
): Promise<Partial<ProvisionedUser>> {
  // The scenario format admits only factors the Management API can create (a load-time error otherwise).
  if (typeof enrollment !== 'string') return provision(enrollment.type, user, enrollment);
  return provision(enrollment, user, enrollment);
}
