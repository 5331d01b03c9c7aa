import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { TenantRegistry } from '../../../../mock/tenants/registry.ts';
import { tokenRoute } from '../../../../mock/oauth/token-endpoint.ts';
import type { MockRequest } from '../../../../mock/http/request.ts';
import type { MockServices } from '../../../../mock/services.ts';
import type { ActionRunner } from '../../../../mock/actions/action-runner.ts';
import { newUser } from '../../../../mock/tenants/users.ts';

const HOST = 'token-test.localhost:4010';

function post(body: Record<string, string>): MockRequest {
  return {
    method: 'POST',
    host: HOST,
    origin: `http://${HOST}`,
    path: '/oauth/token',
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: {},
    body,
    rawBody: new URLSearchParams(body).toString(),
    ip: '127.0.0.1',
  };
}

/** A tenant with one user and one unused authorization code bound to a PKCE challenge. */
async function setup() {
  const services = {
    tenants: new TenantRegistry(),
    actions: undefined as unknown as ActionRunner,
  } satisfies MockServices;
  const tenant = await services.tenants.get(`http://${HOST}`);
  const user = newUser({
    email: 'u1@example.test',
    password: 'x',
    connection: 'Username-Password-Authentication',
  });
  tenant.users.set('auth0|u1', { ...user, user_id: 'auth0|u1', email_verified: true });
  const verifier = randomBytes(32).toString('base64url');
  tenant.codes.set('the-code', {
    code: 'the-code',
    clientId: 'mock-login-client',
    redirectUri: 'http://localhost:4020/callback',
    codeChallenge: createHash('sha256').update(verifier).digest('base64url'),
    nonce: 'n-1',
    userId: 'auth0|u1',
    sessionId: 's-1',
    scope: 'openid',
    amr: ['mfa'],
    idTokenClaims: {},
    accessTokenClaims: {},
    expiresAt: Date.now() + 60_000,
    used: false,
  });
  const exchange = (codeVerifier: string) =>
    tokenRoute(services)(
      post({
        grant_type: 'authorization_code',
        client_id: 'mock-login-client',
        code: 'the-code',
        code_verifier: codeVerifier,
        redirect_uri: 'http://localhost:4020/callback',
      }),
    );
  return { tenant, verifier, exchange };
}

test('the right PKCE verifier gets an id token carrying the nonce and amr', async () => {
  const { verifier, exchange } = await setup();
  const response = await exchange(verifier);
  assert.equal(response.status, 200);
  const body = JSON.parse(response.body) as { id_token: string; token_type: string };
  assert.equal(body.token_type, 'Bearer');
  const claims = JSON.parse(Buffer.from(body.id_token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
  assert.equal(claims.nonce, 'n-1');
  assert.deepEqual(claims.amr, ['mfa']);
});

test('a PKCE verifier that does not match the challenge is refused with invalid_grant', async () => {
  const { exchange, tenant } = await setup();
  const response = await exchange(randomBytes(32).toString('base64url'));
  assert.equal(response.status, 403);
  assert.deepEqual(JSON.parse(response.body), {
    error: 'invalid_grant',
    error_description: 'Failed to verify code verifier',
  });
  assert.equal(tenant.logs.at(-1)?.type, 'feacft');
});

test('a code used once is refused the second time with invalid_grant', async () => {
  const { verifier, exchange } = await setup();
  assert.equal((await exchange(verifier)).status, 200);
  const again = await exchange(verifier);
  assert.equal(again.status, 403);
  assert.deepEqual(JSON.parse(again.body), {
    error: 'invalid_grant',
    error_description: 'Invalid authorization code',
  });
});

test('a code refused for a wrong verifier stays refused for the right one', async () => {
  const { verifier, exchange } = await setup();
  assert.equal((await exchange('wrong-verifier-wrong-verifier-wrong-verifier-00')).status, 403);
  assert.equal((await exchange(verifier)).status, 403);
});
