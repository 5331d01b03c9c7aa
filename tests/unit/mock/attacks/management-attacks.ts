/**
 * Management API calls with a token that does not carry the route's scope (docs/decisions/0046): 403
 * `insufficient_scope` with Auth0's message, before the route does anything.
 */
import assert from 'node:assert/strict';
import { TestTenant, type InProcessMock } from '../../../support/in-process-mock.ts';
import { attack, type AttackRow } from './attack.ts';

const MANAGEMENT_CLIENT = { client_id: 'mock-management-client', client_secret: 'mock-management-secret' };

/** A user's own access token for the Management API, asking for the scopes an administrator has. */
async function userToken(mock: InProcessMock) {
  const t = await TestTenant.create(mock);
  const victim = await t.api('POST', '/users', {
    connection: 'Username-Password-Authentication',
    email: `victim-${t.email}`,
    password: 'Victim-pw-1234',
  });
  const { access_token: token } = await t.tokens({
    audience: `https://${t.host}/api/v2/`,
    scope: 'openid read:users delete:users',
  });
  return { t, token, victimId: (JSON.parse(victim.body) as { user_id: string }).user_id };
}

/** The management client's token, narrowed to `scope` as a client credentials request may ask. */
async function narrowedToken(mock: InProcessMock, scope: string) {
  const t = await TestTenant.create(mock);
  const response = await mock.send(t.host, 'POST', '/oauth/token', {
    body: {
      grant_type: 'client_credentials',
      ...MANAGEMENT_CLIENT,
      audience: `https://${t.host}/api/v2/`,
      scope,
    },
  });
  return { t, token: (JSON.parse(response.body) as { access_token: string }).access_token };
}

const insufficient = (scope: string) => ({
  status: 403,
  error: 'insufficient_scope',
  message: `Insufficient scope, expected any of: ${scope}`,
  log: [],
});

export function managementAttacks(mock: InProcessMock): AttackRow[] {
  return [
    attack({
      name: "a user's own access token on GET /users",
      setup: () => userToken(mock),
      attack: ({ t, token }) => mock.send(t.host, 'GET', '/api/v2/users', { token }),
      refused: insufficient('read:users'),
    }),
    attack({
      name: "a user's own access token deleting another user",
      setup: () => userToken(mock),
      attack: ({ t, token, victimId }) =>
        mock.send(t.host, 'DELETE', `/api/v2/users/${encodeURIComponent(victimId)}`, { token }),
      refused: insufficient('delete:users'),
      afterwards: ({ t, victimId }) =>
        assert.ok(t.tenant.users.has(victimId), 'the other user is still there'),
    }),
    attack({
      name: 'a client credentials token narrowed to read:users, deleting a user',
      setup: () => narrowedToken(mock, 'read:users'),
      attack: ({ t, token }) =>
        mock.send(t.host, 'DELETE', `/api/v2/users/${encodeURIComponent(t.userId)}`, { token }),
      refused: insufficient('delete:users'),
      afterwards: ({ t }) => assert.ok(t.tenant.users.has(t.userId)),
    }),
    attack({
      name: 'a client credentials token asking for a scope its client grant lacks',
      setup: async () => ({ t: await TestTenant.create(mock) }),
      attack: ({ t }) =>
        mock.send(t.host, 'POST', '/oauth/token', {
          body: {
            grant_type: 'client_credentials',
            ...MANAGEMENT_CLIENT,
            audience: `https://${t.host}/api/v2/`,
            scope: 'read:users read:signing_keys',
          },
        }),
      refused: {
        status: 403,
        error: 'access_denied',
        message: 'Client has not been granted scopes: read:signing_keys',
        log: ['feccft'],
      },
    }),
  ];
}
