import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJwt } from 'jose';
import { ActionRunner } from '../../../../mock/actions/action-runner.ts';
import { createRouter } from '../../../../mock/app.ts';
import type { MockRequest } from '../../../../mock/http/request.ts';
import { BUILT_IN } from '../../../../mock/tenants/tenant.ts';
import { TenantRegistry } from '../../../../mock/tenants/registry.ts';

const services = { tenants: new TenantRegistry(), actions: new ActionRunner() };
const router = createRouter(services);

function request(
  origin: string,
  method: string,
  path: string,
  body: Record<string, string> = {},
): MockRequest {
  const url = new URL(path, origin);
  return {
    method,
    host: url.host,
    origin,
    path: url.pathname,
    query: url.searchParams,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: {},
    body,
    rawBody: new URLSearchParams(body).toString(),
    ip: '127.0.0.1',
  };
}

test('the issuer, the endpoints and a token follow the scheme and host the request came in on', async () => {
  for (const origin of [
    'https://acme.localhost:4443',
    'http://acme.localhost:4010',
    'https://localhost:4443',
  ]) {
    const discovery = JSON.parse(
      (await router.handle(request(origin, 'GET', '/.well-known/openid-configuration'))).body,
    ) as Record<string, string>;
    assert.equal(discovery.issuer, `${origin}/`);
    assert.equal(discovery.jwks_uri, `${origin}/.well-known/jwks.json`);
    const host = new URL(origin).host;
    const token = await router.handle(
      request(origin, 'POST', '/oauth/token', {
        grant_type: 'client_credentials',
        client_id: BUILT_IN.managementClientId,
        client_secret: BUILT_IN.managementClientSecret,
        audience: `https://${host}/api/v2/`,
      }),
    );
    const { access_token } = JSON.parse(token.body) as { access_token: string };
    assert.equal(decodeJwt(access_token).iss, `${origin}/`);
  }
});

test('the HTTP and the HTTPS origin of one host name are two tenants, as two domains are', async () => {
  const http = await services.tenants.get('http://globex.localhost:4010');
  const https = await services.tenants.get('https://globex.localhost:4443');
  assert.notEqual(http, https);
  assert.equal(https.hostname, 'globex.localhost');
  assert.equal(https.host, 'globex.localhost:4443');
});

test('discovery advertises what the mock does: revocation, the three response modes, both secret methods', async () => {
  const origin = 'https://initech.localhost:4443';
  const discovery = JSON.parse(
    (await router.handle(request(origin, 'GET', '/.well-known/openid-configuration'))).body,
  ) as Record<string, unknown>;
  assert.equal(discovery.revocation_endpoint, `${origin}/oauth/revoke`);
  assert.equal(discovery.end_session_endpoint, `${origin}/oidc/logout`);
  assert.deepEqual(discovery.response_modes_supported, ['query', 'fragment', 'form_post']);
  assert.deepEqual(discovery.token_endpoint_auth_methods_supported, [
    'client_secret_basic',
    'client_secret_post',
  ]);
  assert.ok((discovery.scopes_supported as string[]).includes('offline_access'));
  assert.ok((discovery.claims_supported as string[]).includes('auth_time'));
});
