import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { decodeJwt } from 'jose';
import { BUILT_IN } from '../../../../mock/tenants/tenant.ts';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

const web = { client_id: BUILT_IN.webClientId, client_secret: BUILT_IN.webClientSecret };

/** A login of the web application with `params`, and the code exchange's answer. */
async function codeExchange(t: TestTenant, params: Record<string, string>) {
  const landing = await t.login({ client_id: BUILT_IN.webClientId, ...params });
  assert.equal(landing.where, 'callback');
  const { status, body } = await t.tokenRequest({
    grant_type: 'authorization_code',
    ...web,
    code: landing.url.searchParams.get('code') ?? '',
  });
  assert.equal(status, 200);
  return body;
}

function refresh(t: TestTenant, refreshToken: string, client: Record<string, string> = web) {
  return t.tokenRequest({ grant_type: 'refresh_token', ...client, refresh_token: refreshToken });
}

test('offline_access gets a refresh token that gives new tokens again and again, without rotating', async () => {
  const t = await TestTenant.create(mock);
  const first = await codeExchange(t, { scope: 'openid email offline_access', nonce: 'n-1' });
  const refreshToken = String(first.refresh_token);
  assert.equal(first.scope, 'openid email offline_access');
  for (let i = 0; i < 2; i += 1) {
    const { status, body } = await refresh(t, refreshToken);
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), [
      'access_token',
      'expires_in',
      'id_token',
      'scope',
      'token_type',
    ]);
    const claims = decodeJwt(String(body.id_token));
    assert.equal(claims.sub, t.userId);
    assert.equal(claims.email, t.email);
    assert.equal(claims.nonce, undefined, 'no authorization request came with a refresh');
    assert.equal(decodeJwt(String(body.access_token)).scope, 'openid email offline_access');
  }
  assert.deepEqual(
    t.logTypes().filter((type) => type.endsWith('ft')),
    ['seacft', 'sertft', 'sertft'],
  );
});

test('a refresh token comes only with offline_access, the refresh_token grant, and an audience allowing it', async () => {
  const t = await TestTenant.create(mock);
  const noScope = await codeExchange(t, { scope: 'openid' });
  assert.equal(noScope.refresh_token, undefined);
  const offlineApi = await codeExchange(t, { scope: 'openid offline_access', audience: BUILT_IN.offlineApi });
  assert.equal(typeof offlineApi.refresh_token, 'string');
  const closedApi = await codeExchange(t, {
    scope: 'openid offline_access',
    audience: `https://${t.host}/api/v2/`,
  });
  assert.equal(closedApi.refresh_token, undefined);
  assert.equal(closedApi.scope, 'openid', 'offline_access is dropped when no refresh token comes');
  t.tenant.clients.set('no-refresh', {
    client_id: 'no-refresh',
    name: 'An application without the refresh token grant',
    app_type: 'spa',
    metadata: {},
    grant_types: ['authorization_code'],
  });
  const landing = await t.login({ client_id: 'no-refresh', scope: 'openid offline_access' });
  const withoutGrant = await t.tokenRequest({
    grant_type: 'authorization_code',
    client_id: 'no-refresh',
    code: landing.url.searchParams.get('code') ?? '',
  });
  assert.equal(withoutGrant.body.refresh_token, undefined);
});

test('a revoked, unknown or other client’s refresh token answers 403 "Unknown or invalid refresh token."', async () => {
  const t = await TestTenant.create(mock);
  const { refresh_token } = await codeExchange(t, { scope: 'openid offline_access' });
  const refreshToken = String(refresh_token);
  const invalid = { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' };

  const otherClient = await refresh(t, refreshToken, { client_id: BUILT_IN.loginClientId });
  assert.deepEqual([otherClient.status, otherClient.body], [403, invalid]);
  const unknown = await refresh(t, 'not-a-refresh-token');
  assert.deepEqual([unknown.status, unknown.body], [403, invalid]);

  const revokedByOther = await mock.send(t.host, 'POST', '/oauth/revoke', {
    form: { client_id: BUILT_IN.loginClientId, token: refreshToken },
  });
  assert.equal(revokedByOther.status, 200, 'revocation tells nobody which tokens exist');
  assert.equal((await refresh(t, refreshToken)).status, 200, 'another client cannot revoke it');

  const revoked = await mock.send(t.host, 'POST', '/oauth/revoke', { form: { ...web, token: refreshToken } });
  assert.deepEqual([revoked.status, revoked.body], [200, '']);
  const afterRevocation = await refresh(t, refreshToken);
  assert.deepEqual([afterRevocation.status, afterRevocation.body], [403, invalid]);
  const failure = t.tenant.logs.at(-1);
  assert.deepEqual([failure?.type, failure?.description], ['fertft', 'Unknown or invalid refresh token.']);
  assert.ok(t.logTypes().includes('srrt'));
});

test('revoking needs the client’s own credentials; a deleted user’s refresh token answers Auth0’s text', async () => {
  const t = await TestTenant.create(mock);
  const { refresh_token } = await codeExchange(t, { scope: 'openid offline_access' });
  const wrongSecret = await mock.send(t.host, 'POST', '/oauth/revoke', {
    form: { ...web, client_secret: 'wrong', token: String(refresh_token) },
  });
  assert.equal(wrongSecret.status, 401);
  assert.equal((JSON.parse(wrongSecret.body) as { error: string }).error, 'invalid_client');
  const noToken = await mock.send(t.host, 'POST', '/oauth/revoke', { form: web });
  assert.equal(noToken.status, 400);

  await t.api('DELETE', `/users/${encodeURIComponent(t.userId)}`);
  const deleted = await refresh(t, String(refresh_token));
  assert.deepEqual(
    [deleted.status, deleted.body],
    [
      403,
      {
        error: 'invalid_grant',
        error_description: "The refresh_token was generated for a user who doesn't exist anymore.",
      },
    ],
  );
});
