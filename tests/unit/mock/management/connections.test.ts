import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('a connection is created once by name, read by checkpoint pages and filtered by strategy', async () => {
  const { management } = inProcessTarget(mock);
  const google = await management.connections.create({
    name: 'google-oauth2',
    strategy: 'google-oauth2',
    options: { client_id: 'g-id', scope: ['email', 'profile'] },
  });
  assert.match(google.id ?? '', /^con_/);
  await assert.rejects(management.connections.create({ name: 'google-oauth2', strategy: 'google-oauth2' }), {
    statusCode: 409,
  });
  const databases = await management.connections.list({ strategy: ['auth0'] });
  assert.deepEqual(
    databases.data.map((c) => c.name),
    ['Username-Password-Authentication'],
  );
  const first = await management.connections.list({ take: 1 });
  assert.equal(first.data.length, 1);
  assert.ok(first.hasNextPage(), 'a next checkpoint while more remain');
  const second = await first.getNextPage();
  assert.deepEqual(
    second.data.map((c) => c.name),
    ['google-oauth2'],
  );
  assert.equal(second.hasNextPage(), false);
});

test('a PATCH replaces the options, cannot rename, and the enabled applications change through /clients', async () => {
  const target = inProcessTarget(mock);
  const { management } = target;
  const created = await management.connections.create({
    name: 'corp-db',
    strategy: 'auth0',
    options: { passwordPolicy: 'fair', brute_force_protection: true },
  });
  const id = created.id ?? '';
  const updated = await management.connections.update(id, { options: { passwordPolicy: 'good' } });
  assert.deepEqual(updated.options, { passwordPolicy: 'good' });
  await assert.rejects(management.connections.update(id, { name: 'renamed' } as never), { statusCode: 400 });
  await management.connections.clients.update(id, [{ client_id: target.loginClientId, status: true }]);
  const enabled = await management.connections.clients.get(id);
  assert.deepEqual(
    enabled.data.map((c) => c.client_id),
    [target.loginClientId],
  );
  await management.connections.clients.update(id, [{ client_id: target.loginClientId, status: false }]);
  assert.deepEqual((await management.connections.clients.get(id)).data, []);
  await management.connections.delete(id);
  await assert.rejects(management.connections.get(id), { statusCode: 404 });
});
