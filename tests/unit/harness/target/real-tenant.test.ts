import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';

// A settings file that exists (the settings themselves come from this test's environment); read when the
// harness's config loads, so it is named before the import. A missing file: tenant-run-setup.test.ts.
process.env.ENV_FILE = join(mkdtempSync(join(tmpdir(), 'real-tenant-')), 'tenant.env');
writeFileSync(process.env.ENV_FILE, '# the settings are in the environment\n');
const { realTenant } = await import('../../../../harness/target/real-tenant.ts');

const SETTINGS = {
  AUTH0_DOMAIN: 'dev-test.eu.auth0.com',
  AUTH0_TEST_TENANT: 'yes',
  AUTH0_LOGIN_CLIENT_ID: 'login-client',
  AUTH0_MGMT_CLIENT_ID: 'mgmt-client',
  AUTH0_MGMT_CLIENT_SECRET: 'mgmt-secret',
};
const saved = Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, process.env[name]]));

function withEnv(overrides: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries({ ...SETTINGS, ...overrides })) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

afterEach(() => withEnv(saved));

test('a tenant declared a test tenant, with every setting, is the target', () => {
  withEnv({});
  const target = realTenant();
  assert.equal(target.origin, 'https://dev-test.eu.auth0.com');
  assert.equal(target.loginClientId, 'login-client');
});

test('a tenant not declared a test tenant is refused in one sentence, before anything is changed on it', () => {
  withEnv({ AUTH0_TEST_TENANT: undefined });
  assert.throws(() => realTenant(), {
    message:
      'AUTH0_TEST_TENANT is not set: the harness rebinds post-login Actions, creates users and changes MFA ' +
      'settings on dev-test.eu.auth0.com, so set AUTH0_TEST_TENANT=yes in .env only if it is a dedicated test tenant.',
  });
  withEnv({ AUTH0_TEST_TENANT: 'true' });
  assert.throws(() => realTenant(), { message: /^AUTH0_TEST_TENANT is "true": the harness rebinds/ });
});

test('a missing or malformed setting is refused in one sentence naming it', () => {
  withEnv({ AUTH0_MGMT_CLIENT_SECRET: undefined });
  assert.throws(() => realTenant(), {
    message:
      'AUTH0_MGMT_CLIENT_SECRET is not set: give that application’s client secret (copy .env.example to .env and fill it in).',
  });
  withEnv({ AUTH0_DOMAIN: 'https://dev-test.eu.auth0.com' });
  assert.throws(() => realTenant(), {
    message:
      'AUTH0_DOMAIN must be a bare host name such as dev-xyz.eu.auth0.com, got "https://dev-test.eu.auth0.com".',
  });
});
