import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('an application is created with Auth0’s defaults, read, changed and listed through the SDK', async () => {
  const { management } = inProcessTarget(mock);
  const created = await management.clients.create({
    name: 'Team SPA',
    app_type: 'spa',
    callbacks: ['https://app.example.test/callback'],
    client_metadata: { team: 'identity' },
  });
  assert.match(created.client_id ?? '', /^[A-Z0-9]{32}$/);
  assert.equal(created.token_endpoint_auth_method, 'none');
  assert.deepEqual(created.jwt_configuration, {
    alg: 'RS256',
    lifetime_in_seconds: 36000,
    secret_encoded: false,
  });
  const id = created.client_id ?? '';
  const updated = await management.clients.update(id, {
    jwt_configuration: { lifetime_in_seconds: 600 },
    client_metadata: { team: null, owner: 'ops' } as unknown as Record<string, string>,
  });
  assert.deepEqual(updated.jwt_configuration, {
    alg: 'RS256',
    lifetime_in_seconds: 600,
    secret_encoded: false,
  });
  assert.deepEqual(updated.client_metadata, { owner: 'ops' });
  assert.equal((await management.clients.get(id)).callbacks?.[0], 'https://app.example.test/callback');
  const page = await management.clients.list({ app_type: 'spa', include_totals: true });
  assert.deepEqual(page.data.map((c) => c.name).sort(), ['Mock login application', 'Team SPA']);
  await assert.rejects(management.clients.update(id, { tenant: 'other' } as never), {
    statusCode: 400,
    body: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Payload validation error: Additional properties not allowed: tenant',
      errorCode: 'invalid_body',
    },
  });
});

test('a client grant names an existing application and API once; deleting the application deletes it', async () => {
  const { management } = inProcessTarget(mock);
  const api = await management.resourceServers.create({
    identifier: 'https://api.example.test',
    name: 'Team API',
    scopes: [{ value: 'read:things', description: 'Read things' }],
  });
  assert.equal((await management.resourceServers.get('https://api.example.test')).id, api.id);
  const app = await management.clients.create({ name: 'Worker', app_type: 'non_interactive' });
  const clientId = app.client_id ?? '';
  const grant = await management.clientGrants.create({
    client_id: clientId,
    audience: 'https://api.example.test',
    scope: ['read:things'],
  });
  assert.match(grant.id ?? '', /^cgr_/);
  await assert.rejects(
    management.clientGrants.create({ client_id: clientId, audience: 'https://api.example.test', scope: [] }),
    { statusCode: 409 },
  );
  await assert.rejects(
    management.clientGrants.create({ client_id: 'missing', audience: 'https://api.example.test', scope: [] }),
    { statusCode: 404 },
  );
  const forApi = await management.clientGrants.list({ audience: 'https://api.example.test' });
  assert.deepEqual(
    forApi.data.map((g) => g.scope),
    [['read:things']],
  );
  await management.clients.delete(clientId);
  assert.deepEqual((await management.clientGrants.list({ audience: 'https://api.example.test' })).data, []);
  await assert.rejects(management.clients.get(clientId), { statusCode: 404 });
});

test('the Management API is a system API: listed, but never changed or deleted', async () => {
  const target = inProcessTarget(mock);
  const { management } = target;
  const system = await management.resourceServers.get(`https://${target.domain}/api/v2/`);
  assert.deepEqual([system.name, system.is_system], ['Auth0 Management API', true]);
  await assert.rejects(management.resourceServers.delete(system.id ?? ''), { statusCode: 403 });
  await assert.rejects(
    management.resourceServers.create({ identifier: `https://${target.domain}/api/v2/` }),
    { statusCode: 409 },
  );
});
