import { randomBytes } from 'node:crypto';
import type { Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';
import type { TotpDevice } from '../devices/totp-device.ts';
import type { GuardianDevice } from '../devices/guardian-device.ts';
import { uniqueEmailAddress } from '../devices/email-inbox.ts';
import type { Phone } from '../devices/phone-number.ts';
import type { VirtualCredential } from '../browser/virtual-authenticators.ts';
import { harnessName, ROLE_DESCRIPTION } from './harness-names.ts';
import { provisionEnrollment } from './provision-enrollment.ts';
import { allSettledOrThrow } from './all-settled.ts';
import type { UndoStack } from './undo-stack.ts';

/** The scenario's user as the harness knows it: credentials, and the devices behind its enrollments. */
export interface ProvisionedUser {
  userId: string;
  email: string;
  password: string;
  /** The authenticator app of an `otp` enrollment (made here, or read from the enrollment screen later). */
  totp?: TotpDevice;
  /** The phone of a `phone` enrollment (made here, or entered on the enrollment screen) and how codes reach it. */
  phone?: Phone;
  /** The recovery code last shown to the user: at its first enrollment, or replacing a used one. */
  recoveryCode?: string;
  organizationId?: string;
  /** The security key of a `webauthn-roaming` enrollment, to place on the browser's virtual authenticator. */
  securityKey?: VirtualCredential;
  /** The Guardian app of a push enrollment made during the login (mock only: the device simulator). */
  guardianDevice?: GuardianDevice;
}

/** The ids of the roles named, creating the missing ones (deleted again at cleanup; existing ones are kept). */
async function roleIds(target: TargetTenant, names: readonly string[], undo: UndoStack): Promise<string[]> {
  const { roles } = target.management;
  const ids: string[] = [];
  for (const name of names) {
    const existing = (await roles.list({ name_filter: name })).data.find((r) => r.name === name);
    if (existing?.id) {
      ids.push(existing.id);
      continue;
    }
    const id = (await roles.create({ name, description: ROLE_DESCRIPTION })).id ?? '';
    undo.push(`delete the role ${name} (${id})`, () => roles.delete(id));
    ids.push(id);
  }
  return ids;
}

/**
 * A fresh user with a unique address (its inbox in Mailpit is its own), roles, organization, enrollments,
 * each on the undo stack as soon as it exists (enrollments and memberships go with the user).
 */
export async function provisionUser(
  target: TargetTenant,
  user: Scenario['user'],
  label: string,
  undo: UndoStack,
): Promise<ProvisionedUser> {
  const { management } = target;
  const email = uniqueEmailAddress();
  const password = `Pw-${randomBytes(12).toString('base64url')}-9a`;
  const created = await management.users.create({
    connection: target.connection,
    email,
    password,
    email_verified: user.email_verified,
    app_metadata: user.app_metadata,
    user_metadata: user.user_metadata,
    ...(user.phone_number ? { phone_number: user.phone_number } : {}),
  });
  const provisioned: ProvisionedUser = { userId: created.user_id ?? '', email, password };
  undo.push(`delete the user ${email} (${provisioned.userId})`, () =>
    management.users.delete(provisioned.userId),
  );

  // Roles, the organization and the enrollments are independent of one another: made at once. The
  // enrollments keep their order (an enrollment may be what a later one needs, as for recovery codes).
  const [, organizationId, devices] = await allSettledOrThrow([
    assignRoles(target, provisioned.userId, user.roles, undo),
    user.organization
      ? joinOrganization(target, provisioned.userId, user.organization, label, undo)
      : Promise.resolve(undefined),
    enrollInOrder(target, provisioned.userId, email, user.enrollments),
  ] as const);
  Object.assign(provisioned, ...devices, organizationId ? { organizationId } : {});
  return provisioned;
}

async function assignRoles(
  target: TargetTenant,
  userId: string,
  names: readonly string[],
  undo: UndoStack,
): Promise<void> {
  if (names.length === 0) return;
  const roles = await roleIds(target, names, undo);
  await target.management.users.roles.assign(userId, { roles });
}

/** A fresh organization with the user as its member; its id. */
async function joinOrganization(
  target: TargetTenant,
  userId: string,
  organization: NonNullable<Scenario['user']['organization']>,
  label: string,
  undo: UndoStack,
): Promise<string> {
  const { organizations } = target.management;
  const name = harnessName();
  const created = await organizations.create({
    name,
    display_name: label.slice(0, 50),
    metadata: organization.metadata,
  });
  const id = created.id ?? '';
  undo.push(`delete the organization ${name} (${id})`, () => organizations.delete(id));
  await organizations.members.create(id, { members: [userId] });
  return id;
}

async function enrollInOrder(
  target: TargetTenant,
  userId: string,
  email: string,
  enrollments: Scenario['user']['enrollments'],
): Promise<Array<Partial<ProvisionedUser>>> {
  const devices: Array<Partial<ProvisionedUser>> = [];
  for (const enrollment of enrollments)
    devices.push(await provisionEnrollment({ target, userId, email }, enrollment));
  return devices;
}
