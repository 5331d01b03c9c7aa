/**
 * Actions named from a team's deploy-cli export (tests/unit/harness/team/fixtures/acme/auth0, the directory
 * format, with a config whose AUTH0_KEYWORD_REPLACE_MAPPINGS fill ##KEY## keywords) run in the mock's
 * Action runner with the export's secret and dependency; a throw is located at the team's file, line and
 * column (past a replaced keyword), and its console output is kept for the test's attachment.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { resolveActions } from '../../../../harness/format/action-sources.ts';
import { consoleText, locateFailure, type ActionRun } from '../../../../harness/action-runs/action-runs.ts';
import type { DeployedAction } from '../../../../harness/provision/provision-actions.ts';
import { allowedModules } from '../../../../mock/actions/allowed-modules.ts';
import { ActionRunner } from '../../../../mock/actions/action-runner.ts';
import { isInstalled, installDependency } from '../../../../mock/actions/install-dependency.ts';

const ACME = 'tests/unit/harness/team/fixtures/acme';
const EXPORT = `${ACME}/auth0`;
const runner = new ActionRunner();
after(() => runner.close());

async function run(deployed: DeployedAction) {
  for (const dependency of deployed.source.dependencies)
    if (!isInstalled(dependency)) await installDependency(dependency);
  return runner.run({
    tenant: 'http://acme.localhost:4010',
    entry: 'onExecutePostLogin',
    actionName: deployed.name,
    code: deployed.source.code,
    event: { secrets: deployed.source.secrets, user: { email: 'ada@acme.test' } },
    modules: allowedModules(deployed.source.dependencies),
    redirect: { issuer: 'http://acme.localhost:4010', state: 's', query: {} },
    clockOffsetMs: 0,
  });
}

test('an Action named from the export runs with its secret, dependency and keywords from the export', async () => {
  const [source] = resolveActions([{ export: 'require-mfa-for-admins' }], `${ACME}/mfa`, EXPORT);
  assert.ok(source);
  assert.equal(source.file, `${EXPORT}/actions/require-mfa-for-admins/code.js`);
  assert.deepEqual(source.secrets, { ADMIN_ROLE: 'admin' });
  assert.deepEqual(source.dependencies, [{ name: 'ms', version: '2.1.3' }]);
  const result = await run({ id: 'a1', name: 'mfa-conformance-t-1', source });
  assert.equal(result.ok, true);
  assert.deepEqual(
    result.calls.map((c) => c.args),
    [
      ['https://acme.test/admin-role', 'admin'],
      ['https://acme.test/window', 7_200_000],
      ['https://acme.test/greeting', 'hello from ACME'],
    ],
  );
});

test("the export's post-login bindings expand in their order", () => {
  const sources = resolveActions([{ exportBindings: 'post-login' }], `${ACME}/mfa`, EXPORT);
  assert.deepEqual(
    sources.map((s) => s.label),
    ['require-mfa-for-admins', 'explode'],
  );
});

test("an Action that throws is reported at its own file's line and column, its console.log kept for the attachment", async () => {
  const [source] = resolveActions([{ export: 'explode' }], `${ACME}/mfa`, EXPORT);
  assert.ok(source);
  const deployed = [{ id: 'a2', name: 'mfa-conformance-t-2', source }];
  const result = await run(deployed[0]);
  assert.equal(result.ok, false);
  const runRecord: ActionRun = {
    actionName: 'mfa-conformance-t-2',
    entry: 'onExecutePostLogin',
    ...result,
    logs: result.logs ?? [],
  };
  const located = locateFailure(runRecord, deployed) ?? '';
  // Line 3, column 29 of the team's code.js: `new Error` after the '##GREETING##' keyword, which the deployed
  // code holds replaced by a longer text.
  assert.match(
    located.split('\n')[0] ?? '',
    new RegExp(
      `^${EXPORT}/actions/explode/code\\.js:3:29: Action explode \\(onExecutePostLogin\\) threw: no admin role for hello from ACME$`,
    ),
  );
  assert.doesNotMatch(located, /mfa-conformance-t-2/);
  assert.equal(
    consoleText([runRecord], deployed),
    `explode (${EXPORT}/actions/explode/code.js) onExecutePostLogin: failed: no admin role for hello from ACME\n  checking ada@acme.test`,
  );
});
