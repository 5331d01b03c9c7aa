import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt } from 'jose';
import {
  checkScope,
  MANAGEMENT_SCOPES,
  scopesOf,
  userTokenScope,
} from '../../../../mock/management/management-scopes.ts';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

const AUDIENCE = 'https://t.localhost:4010/api/v2/';

test('a route lets a token in when it holds any of the scopes the route expects', () => {
  assert.deepEqual(checkScope(scopesOf('read:logs_users'), ['read:logs', 'read:logs_users']), { ok: true });
});

test("a token without the route's scope gets Auth0's message naming every scope the route accepts", () => {
  assert.deepEqual(checkScope(scopesOf('openid read:current_user'), ['read:logs', 'read:logs_users']), {
    ok: false,
    message: 'Insufficient scope, expected any of: read:logs, read:logs_users',
  });
  assert.equal(checkScope(scopesOf(undefined), ['read:users']).ok, false);
});

test("a user's token for the Management API keeps only the OpenID and current-user scopes asked for", () => {
  assert.equal(
    userTokenScope('openid profile read:users delete:users read:current_user', AUDIENCE, AUDIENCE),
    'openid profile read:current_user',
  );
  assert.equal(userTokenScope('openid read:users', 'https://api.example/', AUDIENCE), 'openid read:users');
});

test('the built-in management client gets every scope the mock’s routes expect, and says so', async () => {
  const t = await TestTenant.create(mock);
  const response = await mock.send(t.host, 'POST', '/oauth/token', {
    body: {
      grant_type: 'client_credentials',
      client_id: 'mock-management-client',
      client_secret: 'mock-management-secret',
      audience: `https://${t.host}/api/v2/`,
    },
  });
  const body = JSON.parse(response.body) as { access_token: string; scope: string };
  assert.deepEqual([...scopesOf(body.scope)], [...MANAGEMENT_SCOPES]);
  assert.deepEqual(decodeJwt(body.access_token).scope, body.scope);
});

test("a user's token asked with the Management API audience carries none of an administrator's scopes", async () => {
  const t = await TestTenant.create(mock);
  const tokens = await t.tokens({
    audience: `https://${t.host}/api/v2/`,
    scope: 'openid read:users update:current_user_metadata',
  });
  assert.equal(tokens.scope, 'openid update:current_user_metadata');
  assert.equal(decodeJwt(tokens.access_token).scope, 'openid update:current_user_metadata');
});
