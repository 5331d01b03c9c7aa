import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';
import { pollUntil } from '../../../../harness/wait/poll-until.ts';

const mock = new InProcessMock();
after(() => mock.close());

const code = (claim: number) =>
  `exports.onExecutePostLogin = async (event, api) => { api.idToken.setCustomClaim('v', ${claim}); };`;

test('each deploy is a version, listed newest first, and deploying an earlier one rolls back to its code', async () => {
  const { management } = inProcessTarget(mock);
  const { id = '' } = await management.actions.create({
    name: 'versioned',
    code: code(1),
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
  });
  const built = async () =>
    pollUntil(async () => ((await management.actions.get(id)).status === 'built' ? true : undefined), {
      timeoutMs: 5_000,
      message: 'the Action did not build',
    });
  await built();
  const first = await management.actions.deploy(id);
  await management.actions.update(id, { code: code(2) });
  await built();
  await management.actions.deploy(id);

  const listed = (await management.actions.versions.list(id)).data;
  assert.deepEqual(
    listed.map((v) => [v.number, v.deployed]),
    [
      [2, true],
      [1, false],
    ],
  );
  assert.equal((await management.actions.versions.get(id, first.id ?? '')).code, code(1));

  const rolledBack = await management.actions.versions.deploy(id, first.id ?? '');
  assert.deepEqual([rolledBack.number, rolledBack.code, rolledBack.deployed], [3, code(1), true]);
  assert.equal((await management.actions.get(id)).deployed_version?.code, code(1));
  await assert.rejects(management.actions.versions.get(id, 'no-such-version'), { statusCode: 404 });
});
