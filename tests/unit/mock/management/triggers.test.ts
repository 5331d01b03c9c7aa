import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('GET /actions/triggers lists post-login, whose bindings the SDK then reads, as auth0-deploy-cli exports them', async () => {
  const { management } = inProcessTarget(mock);
  const { triggers = [] } = await management.actions.triggers.list();
  assert.deepEqual(
    triggers.map((t) => [t.id, t.version, t.status]),
    [['post-login', 'v3', 'CURRENT']],
  );
  const bindings = await management.actions.triggers.bindings.list('post-login');
  assert.deepEqual(bindings.data, []);
});
