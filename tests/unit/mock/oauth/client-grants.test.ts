import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientCredentialsScope } from '../../../../mock/oauth/client-grants.ts';
import { TenantRegistry } from '../../../../mock/tenants/registry.ts';

const AUDIENCE = 'https://grants.localhost:4010/api/v2/';

async function tenant() {
  const t = await new TenantRegistry().get('http://grants.localhost:4010');
  t.clientGrants.clear();
  t.clientGrants.set('cgr_1', {
    id: 'cgr_1',
    client_id: 'app-1',
    audience: AUDIENCE,
    scope: ['read:users', 'read:logs'],
  });
  return t;
}

test("a client credentials token carries its client grant's scopes", async () => {
  assert.deepEqual(clientCredentialsScope(await tenant(), 'app-1', AUDIENCE, undefined), {
    ok: true,
    scope: 'read:users read:logs',
  });
});

test('a client credentials request naming scopes gets only those, when its grant holds them', async () => {
  assert.deepEqual(clientCredentialsScope(await tenant(), 'app-1', AUDIENCE, 'read:logs'), {
    ok: true,
    scope: 'read:logs',
  });
});

test('a scope the client grant lacks is refused, naming it, as Auth0 does', async () => {
  assert.deepEqual(clientCredentialsScope(await tenant(), 'app-1', AUDIENCE, 'read:logs delete:users'), {
    ok: false,
    description: 'Client has not been granted scopes: delete:users',
  });
});

test('a client without a client grant for the audience is not authorized to access it', async () => {
  const refused = clientCredentialsScope(await tenant(), 'app-2', AUDIENCE, undefined);
  assert.equal(refused.ok, false);
  assert.match(
    refused.ok ? '' : refused.description,
    /^Client is not authorized to access "https:\/\/grants\.localhost:4010\/api\/v2\/"\. You need to create a "client-grant" associated to this API\./,
  );
});
