import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Authenticator, User } from '../../../../mock/tenants/model.ts';
import type { GuardianFactorName } from '../../../../mock/mfa/guardian-factor-names.ts';
import { enrolledFactors, explicitFactors } from '../../../../mock/mfa/enrolled-factors.ts';
import { newUser } from '../../../../mock/tenants/users.ts';

function user(overrides: Partial<User> = {}): User {
  const base = newUser({
    email: 'u@example.test',
    password: 'x',
    connection: 'Username-Password-Authentication',
  });
  return { ...base, user_id: 'auth0|u', email_verified: true, ...overrides };
}

/** The one thing enrolledFactors reads of a tenant: which factors it enables. */
function tenantEnabling(...enabled: GuardianFactorName[]) {
  return { isFactorEnabled: (name: GuardianFactorName) => enabled.includes(name) };
}

function authenticator(type: Authenticator['type'], id: string, confirmed = true): Authenticator {
  return { id, type, confirmed, created_at: new Date().toISOString() };
}

test('SEL-11: a verified email is listed in enrolledFactors once the email factor is enabled, with no enrollment', () => {
  assert.deepEqual(enrolledFactors(tenantEnabling(), user()), []);
  const tenant = tenantEnabling('email');
  assert.deepEqual(enrolledFactors(tenant, user()), [{ type: 'email' }]);
  assert.deepEqual(enrolledFactors(tenant, user({ email_verified: false })), []);
  assert.deepEqual(explicitFactors(user()), []);
});

test('SEL-11: an email enrolled explicitly as well is listed once', () => {
  const u = user({ authenticators: [authenticator('email', 'email|1')] });
  assert.deepEqual(enrolledFactors(tenantEnabling('email'), u), [{ type: 'email' }]);
});

test('SEQ-3: an enrollment the user never confirmed is not an enrolled factor', () => {
  assert.deepEqual(explicitFactors(user({ authenticators: [authenticator('totp', 'totp|1', false)] })), []);
});

test("SEQ-3: a phone enrolled without a preferred method is listed with preferredMethod 'sms'", () => {
  const u = user({ authenticators: [authenticator('phone', 'phone|1')] });
  assert.deepEqual(enrolledFactors(tenantEnabling('sms'), u), [
    { type: 'phone', options: { preferredMethod: 'sms' } },
  ]);
});

test('SEQ-3: enrolledFactors uses the Actions vocabulary (otp, phone with its preferredMethod)', () => {
  const u = user({
    authenticators: [
      authenticator('totp', 'totp|1'),
      { ...authenticator('phone', 'phone|1'), preferred_authentication_method: 'voice' },
      authenticator('phone', 'phone|2', false),
    ],
  });
  assert.deepEqual(enrolledFactors(tenantEnabling('otp', 'sms'), u), [
    { type: 'otp' },
    { type: 'phone', options: { preferredMethod: 'voice' } },
  ]);
});
