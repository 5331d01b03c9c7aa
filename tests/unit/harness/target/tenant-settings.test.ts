import assert from 'node:assert/strict';
import { test } from 'node:test';
import { realTenant } from '../../../../harness/target/real-tenant.ts';
import { readTenantSettings } from '../../../../harness/target/tenant-settings.ts';

const ONE = {
  AUTH0_DOMAIN: 'dev-test.eu.auth0.com',
  AUTH0_TEST_TENANT: 'yes',
  AUTH0_LOGIN_CLIENT_ID: 'login-client',
  AUTH0_MGMT_CLIENT_ID: 'mgmt-client',
  AUTH0_MGMT_CLIENT_SECRET: 'mgmt-secret',
};

const TWO = {
  AUTH0_TENANTS: 'a, b',
  AUTH0_CONNECTION: 'Team-Connection',
  ...Object.fromEntries(
    ['A', 'B'].flatMap((suffix) => [
      [`AUTH0_DOMAIN_${suffix}`, `dev-${suffix.toLowerCase()}.eu.auth0.com`],
      [`AUTH0_TEST_TENANT_${suffix}`, 'yes'],
      [`AUTH0_LOGIN_CLIENT_ID_${suffix}`, `login-${suffix}`],
      [`AUTH0_MGMT_CLIENT_ID_${suffix}`, `mgmt-${suffix}`],
      [`AUTH0_MGMT_CLIENT_SECRET_${suffix}`, `secret-${suffix}`],
    ]),
  ),
  AUTH0_CONNECTION_B: 'B-Connection',
};

test('one tenant declared a test tenant, with every setting, is the target', () => {
  const [settings, ...others] = readTenantSettings(ONE);
  assert.equal(others.length, 0);
  assert.ok(settings);
  const target = realTenant(settings);
  assert.equal(target.origin, 'https://dev-test.eu.auth0.com');
  assert.equal(target.loginClientId, 'login-client');
  assert.equal(target.connection, 'Username-Password-Authentication');
});

test('a tenant not declared a test tenant is refused in one sentence, before anything is changed on it', () => {
  assert.throws(() => readTenantSettings({ ...ONE, AUTH0_TEST_TENANT: undefined }), {
    message:
      'AUTH0_TEST_TENANT is not set: the harness rebinds post-login Actions, creates users and changes MFA ' +
      'settings on dev-test.eu.auth0.com, so set AUTH0_TEST_TENANT=yes in .env only if it is a dedicated test tenant.',
  });
  assert.throws(() => readTenantSettings({ ...ONE, AUTH0_TEST_TENANT: 'true' }), {
    message: /^AUTH0_TEST_TENANT is "true": the harness rebinds/,
  });
});

test('a missing or malformed setting is refused in one sentence naming it', () => {
  assert.throws(() => readTenantSettings({ ...ONE, AUTH0_MGMT_CLIENT_SECRET: ' ' }), {
    message:
      'AUTH0_MGMT_CLIENT_SECRET is not set: give that application’s client secret (copy .env.example to .env and fill it in).',
  });
  assert.throws(() => readTenantSettings({ ...ONE, AUTH0_DOMAIN: 'https://dev-test.eu.auth0.com' }), {
    message:
      'AUTH0_DOMAIN must be a bare host name such as dev-xyz.eu.auth0.com, got "https://dev-test.eu.auth0.com".',
  });
});

test('AUTH0_TENANTS lists several tenants, each with its settings under its name, in its order', () => {
  const tenants = readTenantSettings(TWO);
  assert.deepEqual(
    tenants.map((t) => [t.name, t.domain, t.loginClientId, t.managementClientSecret, t.connection]),
    [
      ['a', 'dev-a.eu.auth0.com', 'login-A', 'secret-A', 'Team-Connection'],
      ['b', 'dev-b.eu.auth0.com', 'login-B', 'secret-B', 'B-Connection'],
    ],
  );
});

test('each listed tenant must carry the test-tenant marker and every setting of its own', () => {
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_TEST_TENANT_B: undefined }), {
    message:
      'AUTH0_TEST_TENANT_B is not set: the harness rebinds post-login Actions, creates users and changes MFA ' +
      'settings on dev-b.eu.auth0.com, so set AUTH0_TEST_TENANT_B=yes in .env only if it is a dedicated test tenant.',
  });
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_TEST_TENANT: 'yes', AUTH0_TEST_TENANT_A: '' }), {
    message: /^AUTH0_TEST_TENANT_A is not set/,
  });
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_MGMT_CLIENT_ID_A: undefined }), {
    message:
      'AUTH0_MGMT_CLIENT_ID_A is not set: give a machine-to-machine application authorized for the Management API (copy .env.example to .env and fill it in).',
  });
});

test('a malformed tenant list is refused in one sentence saying what is wrong', () => {
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_TENANTS: 'a,,b' }), {
    message:
      'AUTH0_TENANTS must list tenant names separated by commas, each of letters, digits and _ (such as AUTH0_TENANTS=a,b), got "a,,b" with an empty name.',
  });
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_TENANTS: 'a;b' }), {
    message: /got "a;b", in which "a;b" is not such a name\.$/,
  });
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_TENANTS: 'a,A' }), {
    message: 'AUTH0_TENANTS names "A" twice: list each tenant once.',
  });
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_DOMAIN_B: 'DEV-A.eu.auth0.com' }), {
    message:
      'AUTH0_DOMAIN_A and AUTH0_DOMAIN_B both name DEV-A.eu.auth0.com: two scenarios would run on one tenant at once; list each tenant once.',
  });
  assert.throws(() => readTenantSettings({ ...TWO, AUTH0_DOMAIN: 'dev-test.eu.auth0.com' }), {
    message:
      'AUTH0_DOMAIN is set beside AUTH0_TENANTS: give each listed tenant its own AUTH0_DOMAIN_<NAME> and remove AUTH0_DOMAIN, or remove AUTH0_TENANTS to run one tenant.',
  });
});
