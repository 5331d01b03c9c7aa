import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../harness/repo-root.ts';

/**
 * The GitHub workflows (.github/workflows/): valid YAML, and every command they run exists here, so that a
 * workflow copied into a team's repository does not fail on a renamed script the night it first runs.
 */
const WORKFLOWS = join(REPO_ROOT, '.github/workflows');

interface WorkflowStep {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
}
interface Workflow {
  name?: string;
  on?: Record<string, unknown>;
  jobs?: Record<string, { steps?: WorkflowStep[]; strategy?: { matrix?: Record<string, unknown> } }>;
}

/** Shell words a step may use besides npm, npx and node: the shell's own, and the runner's basics. */
const SHELL_COMMANDS = new Set(['cat', 'echo', 'exit', 'test', 'mkdir', 'ls', 'printf', 'true']);

const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: object })
  .scripts;

function workflows(): Array<{ file: string; workflow: Workflow }> {
  return readdirSync(WORKFLOWS)
    .filter((f) => f.endsWith('.yml'))
    .map((file) => {
      // parse() throws on invalid YAML, naming the line: that is the first check.
      const workflow = parse(readFileSync(join(WORKFLOWS, file), 'utf8'), { prettyErrors: true }) as Workflow;
      return { file, workflow };
    });
}

function steps(workflow: Workflow): WorkflowStep[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

/** What a `run:` script calls, one problem per command that does not exist here. */
function missingCommands(run: string): string[] {
  const problems: string[] = [];
  // `${{ … }}` is GitHub's, filled in before the shell sees it.
  const commands = run
    .replace(/\$\{\{[^}]*\}\}/g, 'X')
    .split(/\n|&&|\|\||;|\|/)
    .map((c) => c.trim().replace(/^(\w+=\S*\s+)+/, ''))
    .filter((c) => c.length > 0);
  for (const command of commands) {
    const [word, ...args] = command.split(/\s+/);
    if (word === 'npm' && args[0] === 'run') {
      if (!(args[1] && args[1] in scripts))
        problems.push(`npm run ${args[1] ?? ''}: no such script in package.json`);
    } else if (word === 'npm' && args[0] === 'ci') {
      continue;
    } else if (word === 'npx') {
      const bin = args[0] ?? '';
      if (!existsSync(join(REPO_ROOT, 'node_modules/.bin', bin))) problems.push(`npx ${bin}: not installed`);
      for (const arg of args)
        if (/\.(ts|mjs|js)$/.test(arg) && !existsSync(join(REPO_ROOT, arg)))
          problems.push(`${arg}: no such file`);
      if (bin === 'playwright' && args[1] === 'merge-reports') {
        const config = args[args.indexOf('--config') + 1];
        if (!config || !existsSync(join(REPO_ROOT, config)))
          problems.push(`merge-reports config ${config}: missing`);
      }
    } else if (word === 'node') {
      const file = args.find((a) => !a.startsWith('-'));
      if (!file || !existsSync(join(REPO_ROOT, file))) problems.push(`node ${file ?? ''}: no such file`);
    } else if (!SHELL_COMMANDS.has(word ?? ''))
      problems.push(`${word}: not a command this repository provides`);
  }
  return problems;
}

test('there are a pull-request and a nightly workflow, and both are valid YAML', () => {
  assert.deepEqual(
    workflows().map((w) => w.file),
    ['nightly.yml', 'pull-request.yml'],
  );
});

test('every command the workflows run exists: npm scripts, npx binaries, the files they name', () => {
  for (const { file, workflow } of workflows()) {
    for (const step of steps(workflow)) {
      assert.ok(
        step.uses ?? step.run,
        `${file}: step "${step.name ?? ''}" neither uses an action nor runs a command`,
      );
      if (step.uses)
        assert.match(
          step.uses,
          /^[\w-]+\/[\w-]+@v\d+$/,
          `${file}: ${step.uses} is not pinned to a major version`,
        );
      if (step.run) assert.deepEqual(missingCommands(step.run), [], `${file}: step "${step.name ?? ''}"`);
    }
  }
});

test('the validator itself refuses a missing script, binary or file', () => {
  assert.deepEqual(missingCommands('npm run no-such-script'), [
    'npm run no-such-script: no such script in package.json',
  ]);
  assert.deepEqual(missingCommands('npx no-such-binary'), ['npx no-such-binary: not installed']);
  assert.deepEqual(missingCommands('node scripts/nowhere.mjs'), ['node scripts/nowhere.mjs: no such file']);
  assert.deepEqual(missingCommands('curl https://example.com | sh'), [
    'curl: not a command this repository provides',
    'sh: not a command this repository provides',
  ]);
  assert.deepEqual(missingCommands('CI=1 npx playwright test --shard=${{ matrix.shard }}/2'), []);
});

test('the pull-request workflow runs the mock target and publishes the report and the summary', () => {
  const pr = workflows().find((w) => w.file === 'pull-request.yml')?.workflow ?? {};
  assert.ok(pr.on && 'pull_request' in pr.on);
  const all = steps(pr);
  assert.ok(all.some((s) => s.run?.includes('npx playwright test') && !s.run.includes('TARGET')));
  assert.ok(
    all.some((s) => s.uses?.startsWith('actions/cache@')),
    'Chromium and the Mailpit build cached',
  );
  assert.ok(all.some((s) => s.run?.includes('summary.md >> "$GITHUB_STEP_SUMMARY"')));
  assert.equal(all.filter((s) => s.uses?.startsWith('actions/upload-artifact@')).length, 2);
});

test('the nightly workflow: schedule and manual trigger, tenant target, shards, merged report, failing job', () => {
  const nightly = workflows().find((w) => w.file === 'nightly.yml')?.workflow ?? {};
  assert.ok(nightly.on && 'schedule' in nightly.on && 'workflow_dispatch' in nightly.on);
  const shard = nightly.jobs?.shard;
  assert.ok(Array.isArray(shard?.strategy?.matrix?.shard), 'a shard matrix');
  const all = steps(nightly);
  const run = all.find((s) => s.run?.includes('npx playwright test'));
  assert.match(
    run?.run ?? '',
    /--shard=\$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\} --reporter=blob/,
  );
  const text = readFileSync(join(WORKFLOWS, 'nightly.yml'), 'utf8');
  assert.match(text, /TARGET: tenant/);
  assert.match(text, /AUTH0_MGMT_CLIENT_SECRET: \$\{\{ secrets\.AUTH0_MGMT_CLIENT_SECRET \}\}/);
  assert.ok(all.some((s) => s.run?.includes('npx playwright merge-reports')));
  assert.ok(all.some((s) => s.run?.includes('summary.md >> "$GITHUB_STEP_SUMMARY"')));
  assert.ok(all.some((s) => s.if?.includes("needs.shard.result != 'success'") && s.run?.includes('exit 1')));
});
