import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { harnessName, ROLE_DESCRIPTION } from '../../../../harness/provision/harness-names.ts';
import { sweepLeftovers } from '../../../../harness/provision/sweep-leftovers.ts';
import { uniqueEmailAddress } from '../../../../harness/devices/email-inbox.ts';
import { pollUntil } from '../../../../harness/wait/poll-until.ts';
import type { TargetTenant } from '../../../../harness/target/target.ts';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

const CODE = 'exports.onExecutePostLogin = async () => {};';

async function deployedAction(target: TargetTenant, name: string): Promise<string> {
  const { management } = target;
  const { id = '' } = await management.actions.create({
    name,
    code: CODE,
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
  });
  await pollUntil(async () => (await management.actions.get(id)).status === 'built' || undefined, {
    timeoutMs: 10_000,
    intervalMs: 10,
    message: `the Action ${name} did not build`,
  });
  await management.actions.deploy(id);
  return id;
}

test('a sweep removes what a crashed run left (its bindings, Actions, users, roles, organizations) and nothing else', async () => {
  const target = inProcessTarget(mock);
  const { management } = target;
  const own = await deployedAction(target, 'tenant-own-action');
  const left = await deployedAction(target, harnessName());
  await management.actions.triggers.bindings.updateMany('post-login', {
    bindings: [
      { ref: { type: 'action_id', value: left }, display_name: 'left by a crash' },
      { ref: { type: 'action_id', value: own }, display_name: 'the tenant’s own' },
    ],
  });
  const password = 'Pw-leftover-123456-9a';
  const connection = target.connection;
  await management.users.create({ connection, email: uniqueEmailAddress(), password });
  await management.users.create({ connection, email: uniqueEmailAddress(), password });
  await management.users.create({ connection, email: 'someone@example.com', password });
  await management.roles.create({ name: 'admin', description: ROLE_DESCRIPTION });
  await management.roles.create({ name: 'support', description: 'the tenant’s own role' });
  await management.organizations.create({ name: harnessName() });
  await management.organizations.create({ name: 'acme' });

  assert.deepEqual(await sweepLeftovers(management), {
    bindings: 1,
    actions: 1,
    users: 2,
    roles: 1,
    organizations: 1,
  });

  const bindings = (await management.actions.triggers.bindings.list('post-login')).data;
  assert.deepEqual(
    bindings.map((b) => [b.action?.id, b.display_name]),
    [[own, 'the tenant’s own']],
  );
  assert.deepEqual(
    (await management.actions.list()).data.map((a) => a.name),
    ['tenant-own-action'],
  );
  assert.deepEqual(
    (await management.users.list()).data.map((u) => u.email),
    ['someone@example.com'],
  );
  assert.deepEqual(
    (await management.roles.list()).data.map((r) => r.name),
    ['support'],
  );
  assert.deepEqual(
    (await management.organizations.list()).data.map((o) => o.name),
    ['acme'],
  );
  // Nothing left: a second sweep finds nothing.
  assert.deepEqual(await sweepLeftovers(management), {
    bindings: 0,
    actions: 0,
    users: 0,
    roles: 0,
    organizations: 0,
  });
});
