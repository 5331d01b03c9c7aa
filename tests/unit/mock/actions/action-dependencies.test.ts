import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil } from '../../../../harness/wait/poll-until.ts';
import type { TestTenant as Tenant } from '../../../support/in-process-mock.ts';

// An install folder of this run's own, so that the first build really installs (and nothing is left behind).
const modules = mkdtempSync(join(tmpdir(), 'action-modules-'));
process.env.MOCK_ACTION_MODULES_DIR = modules;
const { InProcessMock, TestTenant } = await import('../../../support/in-process-mock.ts');

const mock = new InProcessMock();
after(async () => {
  await mock.close();
  rmSync(modules, { recursive: true, force: true });
});

interface ActionState {
  id: string;
  status: string;
  errors?: Array<{ msg: string }>;
}

async function create(t: Tenant, name: string, code: string, dependencies: unknown[]): Promise<ActionState> {
  const created = await t.api('POST', '/actions/actions', {
    name,
    code,
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
    dependencies,
  });
  return JSON.parse(created.body) as ActionState;
}

function settled(t: Tenant, id: string): Promise<ActionState> {
  return pollUntil(
    async () => {
      const action = JSON.parse((await t.api('GET', `/actions/actions/${id}`)).body) as ActionState;
      return action.status === 'built' || action.status === 'failed' ? action : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 100, message: `the Action ${id} did not finish building` },
  );
}

test('SEQ-1: a declared npm dependency is installed while the Action builds, and the Action requires it', async () => {
  const t = await TestTenant.create(mock);
  const { id } = await create(
    t,
    'with-left-pad',
    `exports.onExecutePostLogin = async (event, api) => {
      api.idToken.setCustomClaim('padded', require('left-pad')('7', 3, '0'));
    };`,
    [{ name: 'left-pad', version: '1.3.0' }],
  );
  const building = JSON.parse((await t.api('GET', `/actions/actions/${id}`)).body) as ActionState;
  assert.equal(building.status, 'building');
  await assert.rejects(
    t.api('POST', `/actions/actions/${id}/deploy`),
    /400 .*must be in the 'built' state before it can be deployed/,
  );
  assert.equal((await settled(t, id)).status, 'built');
  await t.api('POST', `/actions/actions/${id}/deploy`);
  await t.api('PATCH', '/actions/triggers/post-login/bindings', {
    bindings: [{ ref: { type: 'action_id', value: id }, display_name: 'with-left-pad' }],
  });
  const landing = await t.login();
  assert.equal(landing.where, 'callback', landing.url.href);
  const code = t.tenant.codes.get(landing.url.searchParams.get('code') ?? '');
  assert.equal(code?.idTokenClaims.padded, '007');

  const again = await create(t, 'with-left-pad-too', 'exports.onExecutePostLogin = async () => {};', [
    { name: 'left-pad', version: '1.3.0' },
  ]);
  const reused = JSON.parse((await t.api('GET', `/actions/actions/${again.id}`)).body) as ActionState;
  assert.equal(reused.status, 'built', 'an installed dependency is not installed again');
});

test('SEQ-1: a dependency npm cannot install fails the build with one sentence naming it', async () => {
  const t = await TestTenant.create(mock);
  const { id } = await create(t, 'with-nothing', 'exports.onExecutePostLogin = async () => {};', [
    { name: 'mfa-conformance-no-such-package', version: '1.0.0' },
  ]);
  const built = await settled(t, id);
  assert.equal(built.status, 'failed');
  assert.match(
    built.errors?.[0]?.msg ?? '',
    /^Dependency mfa-conformance-no-such-package@1\.0\.0 could not be installed from the npm registry: [^\n]+\.$/,
  );
  await assert.rejects(t.api('POST', `/actions/actions/${id}/deploy`), /400 .*build failed/);
});

test('SEQ-1: a dependency that is no npm name and version is refused without running npm', async () => {
  const t = await TestTenant.create(mock);
  const { id } = await create(t, 'with-a-path', 'exports.onExecutePostLogin = async () => {};', [
    { name: '../outside', version: '1.0.0' },
  ]);
  const built = await settled(t, id);
  assert.equal(built.status, 'failed');
  assert.equal(built.errors?.[0]?.msg, 'Dependency ../outside@1.0.0 is not an npm package name and version.');
});
