import { randomBytes } from 'node:crypto';
import type { Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';
import { TotpDevice } from '../devices/totp-device.ts';
import type { GuardianDevice } from '../devices/guardian-device.ts';
import { uniquePhoneNumber } from '../devices/phone-number.ts';
import { createSecurityKey, virtualCredential } from '../devices/security-key.ts';
import type { VirtualCredential } from '../browser/virtual-authenticators.ts';

/** The scenario's user as the harness knows it: credentials, and the devices behind its enrollments. */
export interface ProvisionedUser {
  userId: string;
  email: string;
  password: string;
  /** The authenticator app of an `otp` enrollment (made here, or read from the enrollment screen later). */
  totp?: TotpDevice;
  /** The phone of a `phone` enrollment (made here, or entered on the enrollment screen) and how codes reach it. */
  phone?: { number: string; method: 'sms' | 'voice' };
  /** The recovery code last shown to the user: at its first enrollment, or replacing a used one. */
  recoveryCode?: string;
  organizationId?: string;
  /** The security key of a `webauthn-roaming` enrollment, to place on the browser's virtual authenticator. */
  securityKey?: VirtualCredential;
  /** The Guardian app of a push enrollment made during the login (mock only: the device simulator). */
  guardianDevice?: GuardianDevice;
}

async function roleIds(target: TargetTenant, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const existing = (await target.management.roles.list({ name_filter: name })).data.find(
      (r) => r.name === name,
    );
    ids.push(
      existing?.id ??
        (await target.management.roles.create({ name, description: 'mfa-conformance' })).id ??
        '',
    );
  }
  return ids;
}

/** A fresh user with a unique address (its inbox in Mailpit is its own), roles, organization, enrollments. */
export async function provisionUser(
  target: TargetTenant,
  user: Scenario['user'],
  label: string,
): Promise<ProvisionedUser> {
  const { management } = target;
  const id = randomBytes(6).toString('hex');
  const email = `mfa-${id}@mfa-conformance.test`;
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

  if (user.roles.length > 0) {
    await management.users.roles.assign(provisioned.userId, { roles: await roleIds(target, user.roles) });
  }
  if (user.organization) {
    const organization = await management.organizations.create({
      name: `mfa-${id}`,
      display_name: label.slice(0, 50),
      metadata: user.organization.metadata,
    });
    provisioned.organizationId = organization.id;
    await management.organizations.members.create(organization.id ?? '', { members: [provisioned.userId] });
  }
  for (const enrollment of user.enrollments) {
    if (enrollment === 'otp') {
      provisioned.totp = new TotpDevice();
      await management.users.authenticationMethods.create(provisioned.userId, {
        type: 'totp',
        totp_secret: provisioned.totp.secret,
      });
    } else if (enrollment === 'webauthn-roaming') {
      // The relying party is the tenant's host name: the browser's origin without scheme and port.
      const rpId = new URL(target.origin).hostname;
      const key = createSecurityKey();
      await management.users.authenticationMethods.create(provisioned.userId, {
        type: 'webauthn-roaming',
        key_id: key.credentialId,
        public_key: key.publicKey,
        relying_party_identifier: rpId,
      });
      provisioned.securityKey = virtualCredential(key, rpId);
    } else if (enrollment === 'email') {
      await management.users.authenticationMethods.create(provisioned.userId, { type: 'email', email });
    } else if (typeof enrollment === 'object' && enrollment.type === 'phone') {
      provisioned.phone = {
        number: enrollment.phone_number ?? uniquePhoneNumber(),
        method: enrollment.method,
      };
      await management.users.authenticationMethods.create(provisioned.userId, {
        type: 'phone',
        phone_number: provisioned.phone.number,
        preferred_authentication_method: enrollment.method,
      });
    } else if (enrollment === 'recovery-code') {
      throw new Error(
        'a recovery-code enrollment cannot be created through the Management API: enroll the user in a first ' +
          'login of the scenario instead (a first enrollment on a tenant with recovery-code enabled shows ' +
          'mfa-recovery-code-enrollment), then start the login that needs it with new-login',
      );
    } else {
      throw new Error(
        `an enrollment in ${JSON.stringify(enrollment)} cannot be created before the login yet`,
      );
    }
  }
  return provisioned;
}
