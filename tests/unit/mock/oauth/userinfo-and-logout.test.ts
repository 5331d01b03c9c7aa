import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { decodeJwt } from 'jose';
import { CALLBACK, InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** A code-flow login with `scope` (PKCE, as the public login application must), and its tokens. */
function tokens(t: TestTenant, scope: string) {
  return t.tokens({ scope });
}

function userinfo(t: TestTenant, token?: string) {
  return mock.send(t.host, 'GET', '/userinfo', token ? { token } : {});
}

test('/userinfo answers the claims the access token’s scopes grant, as the id token carries them', async () => {
  const t = await TestTenant.create(mock);
  const full = await tokens(t, 'openid profile email');
  const claims = JSON.parse((await userinfo(t, full.access_token)).body) as Record<string, unknown>;
  assert.deepEqual(Object.keys(claims).sort(), [
    'email',
    'email_verified',
    'name',
    'nickname',
    'sub',
    'updated_at',
  ]);
  assert.equal(claims.sub, t.userId);
  assert.equal(claims.email, t.email);
  const idToken = decodeJwt(full.id_token);
  for (const name of ['email', 'email_verified', 'name', 'nickname', 'updated_at']) {
    assert.deepEqual(idToken[name], claims[name], name);
  }
  const bare = await tokens(t, 'openid');
  assert.deepEqual(JSON.parse((await userinfo(t, bare.access_token)).body), { sub: t.userId });
  assert.equal(decodeJwt(bare.id_token).email, undefined);
});

test('/userinfo refuses a missing, forged or other tenant’s token with 401 invalid_token', async () => {
  const t = await TestTenant.create(mock);
  const other = await TestTenant.create(mock);
  const { access_token } = await tokens(other, 'openid');
  for (const token of [undefined, `${access_token.slice(0, -4)}AAAA`, access_token]) {
    const response = await userinfo(t, token);
    assert.equal(response.status, 401);
    assert.match(String(response.headers['www-authenticate']), /^Bearer error="invalid_token"/);
  }
});

test('logging out ends the session, so the next login asks for the password again', async () => {
  const t = await TestTenant.create(mock);
  await tokens(t, 'openid');
  const again = await t.browser.go(
    'GET',
    `/authorize?client_id=mock-login-client&response_type=code&redirect_uri=${CALLBACK}`,
  );
  assert.equal(again.where, 'callback', 'the session skips the login screens');

  const out = await t.browser.go(
    'GET',
    `/v2/logout?client_id=mock-login-client&returnTo=${encodeURIComponent(CALLBACK)}`,
  );
  assert.equal(out.where, 'callback');
  assert.equal(t.logTypes().at(-1), 'slo');
  const after = await t.browser.go(
    'GET',
    `/authorize?client_id=mock-login-client&response_type=code&redirect_uri=${CALLBACK}`,
  );
  assert.equal(after.where, '/u/login/identifier');

  const oidc = await t.browser.go(
    'GET',
    `/oidc/logout?post_logout_redirect_uri=${encodeURIComponent(CALLBACK)}&state=s-1`,
  );
  assert.equal(oidc.url.searchParams.get('state'), 's-1');
  const refused = await t.browser.go('GET', '/v2/logout?returnTo=https://evil.example/');
  assert.equal(refused.status, 400);
});
