import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tenant } from '../../../../mock/tenants/tenant.ts';
import type { User } from '../../../../mock/tenants/model.ts';
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

test('SEL-11: a verified email is listed in enrolledFactors once the email factor is enabled, with no enrollment', async () => {
  const tenant = await Tenant.create('http://ef.localhost:4010');
  assert.deepEqual(enrolledFactors(tenant, user()), []);
  tenant.factors.set('email', true);
  assert.deepEqual(enrolledFactors(tenant, user()), [{ type: 'email' }]);
  assert.deepEqual(enrolledFactors(tenant, user({ email_verified: false })), []);
  assert.deepEqual(explicitFactors(user()), []);
});

test('SEQ-3: enrolledFactors uses the Actions vocabulary (otp, phone with its preferredMethod)', async () => {
  const tenant = await Tenant.create('http://ef2.localhost:4010');
  const now = new Date().toISOString();
  const u = user({
    authenticators: [
      { id: 'totp|1', type: 'totp', confirmed: true, created_at: now },
      {
        id: 'phone|1',
        type: 'phone',
        confirmed: true,
        created_at: now,
        preferred_authentication_method: 'voice',
      },
      { id: 'phone|2', type: 'phone', confirmed: false, created_at: now },
    ],
  });
  assert.deepEqual(enrolledFactors(tenant, u), [
    { type: 'otp' },
    { type: 'phone', options: { preferredMethod: 'voice' } },
  ]);
});
