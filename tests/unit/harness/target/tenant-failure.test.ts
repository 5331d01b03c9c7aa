import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainTenantFailure } from '../../../../harness/target/tenant-failure.ts';

const DOMAIN = 'dev-test.eu.auth0.com';

function fetchFailed(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

test('an unreachable tenant gets one sentence naming the setting, never a bare "fetch failed"', () => {
  assert.equal(
    explainTenantFailure(fetchFailed('ENOTFOUND'), DOMAIN),
    'dev-test.eu.auth0.com cannot be found (ENOTFOUND): check AUTH0_DOMAIN in .env.',
  );
  assert.equal(
    explainTenantFailure(fetchFailed('ECONNREFUSED'), 'localhost:4443'),
    'Nothing answers at https://localhost:4443 (ECONNREFUSED): check AUTH0_DOMAIN in .env.',
  );
  assert.equal(
    explainTenantFailure(fetchFailed('SELF_SIGNED_CERT_IN_CHAIN'), 'localhost:4443'),
    'https://localhost:4443 presents a certificate Node does not trust (SELF_SIGNED_CERT_IN_CHAIN): ' +
      "for the mock's tenants, set NODE_EXTRA_CA_CERTS=.tools/mock-ca.pem.",
  );
});

test('refused credentials and missing scopes each say what to change', () => {
  const refused = Object.assign(new Error('Unauthorized'), { statusCode: 401 });
  assert.match(
    explainTenantFailure(refused, DOMAIN),
    /^dev-test\.eu\.auth0\.com refused the Management API application a token \(Unauthorized\): check AUTH0_MGMT_CLIENT_ID/,
  );
  const scope = Object.assign(new Error('Insufficient scope, expected any of: read:users'), {
    statusCode: 403,
  });
  assert.match(
    explainTenantFailure(scope, DOMAIN),
    /refused a call \(Insufficient scope, expected any of: read:users\): grant the application the scopes/,
  );
  assert.equal(
    explainTenantFailure(new Error('Service Unavailable\n  at somewhere'), DOMAIN),
    "dev-test.eu.auth0.com's Management API failed: Service Unavailable.",
  );
});

test('a tenant of AUTH0_TENANTS is told by the settings of its own name', () => {
  assert.equal(
    explainTenantFailure(fetchFailed('ENOTFOUND'), DOMAIN, '_B'),
    'dev-test.eu.auth0.com cannot be found (ENOTFOUND): check AUTH0_DOMAIN_B in .env.',
  );
  assert.match(
    explainTenantFailure(Object.assign(new Error('Unauthorized'), { statusCode: 401 }), DOMAIN, '_B'),
    /check AUTH0_MGMT_CLIENT_ID_B and AUTH0_MGMT_CLIENT_SECRET_B,/,
  );
});

test('a rate limit the SDK could not retry past names the cause, not a bare 429', () => {
  // As the SDK throws it: its message starts with the error's class, the tenant's answer is its body.
  const limited = Object.assign(new Error('TooManyRequestsError\nStatus code: 429\nBody: {…}'), {
    statusCode: 429,
    body: { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached' },
  });
  assert.equal(
    explainTenantFailure(limited, DOMAIN),
    "dev-test.eu.auth0.com's Management API kept answering 429 (Global limit has been reached) through the " +
      "SDK's retries: another client is using up the tenant's rate limit; stop it, or run when the tenant is idle.",
  );
});
