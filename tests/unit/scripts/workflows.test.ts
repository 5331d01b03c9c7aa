import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { COMMAND_NAMES } from '../../../cli/command-names.ts';
import { REPO_ROOT } from '../../../harness/repo-root.ts';

/**
 * The GitHub workflows: this repository's (.github/workflows/) and those `mfa-conformance init` writes into a
 * team's repository (cli/init-files/.github/workflows/). Each is valid YAML, and every command it runs exists
 * where it runs, so that a workflow does not fail on a renamed script or file the night it first runs.
 */
const WORKFLOWS = join(REPO_ROOT, '.github/workflows');
const INIT_FILES = join(REPO_ROOT, 'cli/init-files');
const TEAM_WORKFLOWS = join(INIT_FILES, '.github/workflows');

interface WorkflowStep {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  name?: string;
  on?: Record<string, unknown>;
  concurrency?: { group?: string };
  jobs?: Record<
    string,
    {
      steps?: WorkflowStep[];
      strategy?: { matrix?: Record<string, unknown>; 'max-parallel'?: number };
    }
  >;
}

/** What a workflow can call where it runs: npm scripts, npx binaries (with their commands), files. */
interface Layout {
  scripts: Set<string>;
  bins: Set<string>;
  /** Subcommands of a binary that has a fixed set of them. */
  subcommands: Record<string, Set<string>>;
  hasFile: (path: string) => boolean;
}

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

/** This repository: its package.json scripts, its installed binaries, its files. */
const REPOSITORY: Layout = {
  scripts: new Set(Object.keys(packageJson.scripts)),
  bins: new Set(readdirSync(join(REPO_ROOT, 'node_modules/.bin'))),
  subcommands: {},
  hasFile: (path) => existsSync(join(REPO_ROOT, path)),
};

/**
 * A team's repository after `npm install --save-dev mfa-conformance` and `init`: no npm script of ours, the
 * package's binary with its commands and Playwright's (its peer dependency), the files init writes.
 */
const TEAM: Layout = {
  scripts: new Set(),
  bins: new Set([...Object.keys(packageJson.bin), 'playwright']),
  subcommands: { [packageJson.name]: new Set(COMMAND_NAMES) },
  hasFile: (path) => existsSync(join(INIT_FILES, path)) || path === '.env.example',
};

/** Shell words a step may use besides npm, npx and node: the shell's own, and the runner's basics. */
const SHELL_COMMANDS = new Set(['cat', 'echo', 'exit', 'test', 'mkdir', 'ls', 'printf', 'true']);

function workflowsIn(dir: string): Array<{ file: string; workflow: Workflow }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((file) => {
      // parse() throws on invalid YAML, naming the line: that is the first check.
      const workflow = parse(readFileSync(join(dir, file), 'utf8'), { prettyErrors: true }) as Workflow;
      return { file, workflow };
    });
}

function steps(workflow: Workflow): WorkflowStep[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

/** What a `run:` script calls, one problem per command that does not exist in `layout`. */
function missingCommands(run: string, layout: Layout = REPOSITORY): string[] {
  const problems: string[] = [];
  // `${{ … }}` is GitHub's, filled in before the shell sees it; a redirection's target is no command.
  const commands = run
    .replace(/\$\{\{[^}]*\}\}/g, 'X')
    .replace(/>>?\s*\S+/g, '')
    .split(/\n|&&|\|\||;|\|/)
    .map((c) => c.trim().replace(/^(\w+=\S*\s+)+/, ''))
    .filter((c) => c.length > 0);
  for (const command of commands) {
    const [word, ...args] = command.split(/\s+/);
    if (word === 'npm' && args[0] === 'run') {
      if (!(args[1] && layout.scripts.has(args[1])))
        problems.push(`npm run ${args[1] ?? ''}: no such script in package.json`);
    } else if (word === 'npm' && args[0] === 'ci') {
      continue;
    } else if (word === 'npx') {
      const bin = args[0] ?? '';
      if (!layout.bins.has(bin)) problems.push(`npx ${bin}: not installed`);
      const known = layout.subcommands[bin];
      if (known && !known.has(args[1] ?? '')) problems.push(`npx ${bin} ${args[1] ?? ''}: no such command`);
      for (const arg of args)
        if (/\.(ts|mjs|js)$/.test(arg) && !layout.hasFile(arg)) problems.push(`${arg}: no such file`);
      if (bin === 'playwright' && args[1] === 'merge-reports') {
        const config = args[args.indexOf('--config') + 1];
        if (!config || !layout.hasFile(config)) problems.push(`merge-reports config ${config}: missing`);
      }
    } else if (word === 'node') {
      const file = args.find((a) => !a.startsWith('-'));
      if (!file || !layout.hasFile(file)) problems.push(`node ${file ?? ''}: no such file`);
    } else if (!SHELL_COMMANDS.has(word ?? ''))
      problems.push(`${word}: not a command this repository provides`);
  }
  return problems;
}

function assertCommandsExist(dir: string, layout: Layout): void {
  for (const { file, workflow } of workflowsIn(dir)) {
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
      if (step.run)
        assert.deepEqual(missingCommands(step.run, layout), [], `${file}: step "${step.name ?? ''}"`);
    }
  }
}

test('this repository has a pull-request and a nightly workflow, and init writes both for a team, all valid YAML', () => {
  assert.deepEqual(
    workflowsIn(WORKFLOWS).map((w) => w.file),
    ['nightly.yml', 'pull-request.yml'],
  );
  assert.deepEqual(
    workflowsIn(TEAM_WORKFLOWS).map((w) => w.file),
    ['mfa-conformance-nightly.yml', 'mfa-conformance-pull-request.yml'],
  );
});

test('every command the workflows run exists: npm scripts, npx binaries, the files they name', () => {
  assertCommandsExist(WORKFLOWS, REPOSITORY);
});

test("every command init's workflows run exists in a team's repository: the package's commands, Playwright, init's files", () => {
  assertCommandsExist(TEAM_WORKFLOWS, TEAM);
});

test('the validator itself refuses a missing script, binary, command or file', () => {
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
  assert.deepEqual(missingCommands('printf "%s" "$X" > .env'), []);
  // A team has none of this repository's scripts, and only the package's own commands.
  assert.deepEqual(missingCommands('npm run setup', TEAM), ['npm run setup: no such script in package.json']);
  assert.deepEqual(missingCommands('npx mfa-conformance prepare', TEAM), [
    'npx mfa-conformance prepare: no such command',
  ]);
  assert.deepEqual(missingCommands('npx playwright merge-reports --config merge-reports.config.ts x', TEAM), [
    'merge-reports.config.ts: no such file',
    'merge-reports config merge-reports.config.ts: missing',
  ]);
});

/** The pull-request workflow's shape, in this repository and in a team's. */
function assertPullRequestWorkflow(pr: Workflow): void {
  assert.ok(pr.on && 'pull_request' in pr.on);
  const all = steps(pr);
  assert.ok(all.some((s) => s.run?.includes('npx playwright test') && !s.run.includes('tenant')));
  assert.ok(
    all.some((s) => s.uses?.startsWith('actions/cache@')),
    'Chromium and the Mailpit build cached',
  );
  assert.ok(all.some((s) => s.run?.includes('summary.md >> "$GITHUB_STEP_SUMMARY"')));
  assert.ok(all.some((s) => s.uses?.startsWith('actions/upload-artifact@')));
}

/** The nightly workflow's shape: schedule, tenants from secrets, shards taking turns, merged report. */
function assertNightlyWorkflow(
  nightly: Workflow,
  text: string,
  runsTenant: RegExp,
  mergeConfig: string,
): void {
  assert.ok(nightly.on && 'schedule' in nightly.on && 'workflow_dispatch' in nightly.on);
  assert.ok(nightly.concurrency?.group, 'one run at a time');
  const shard = nightly.jobs?.shard;
  assert.ok(Array.isArray(shard?.strategy?.matrix?.shard), 'a shard matrix');
  assert.equal(shard?.strategy?.['max-parallel'], 1, 'shards take turns until there is a tenant per shard');
  const all = steps(nightly);
  const run = all.find((s) => s.run?.includes('npx playwright test'));
  assert.match(run?.run ?? '', runsTenant);
  assert.match(
    run?.run ?? '',
    /--shard=\$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\} --reporter=blob/,
  );
  assert.match(text, /AUTH0_MGMT_CLIENT_SECRET: \$\{\{ secrets\.AUTH0_MGMT_CLIENT_SECRET \}\}/);
  const tenantsEnv = all.find((s) => s.env?.MFA_TENANTS_ENV);
  assert.equal(tenantsEnv?.env?.MFA_TENANTS_ENV, '${{ secrets.MFA_TENANTS_ENV }}');
  assert.match(tenantsEnv?.run ?? '', /> \.env$/);
  assert.ok(all.indexOf(tenantsEnv) < all.indexOf(run!), 'the .env is written before the run');
  assert.ok(all.some((s) => s.run?.includes(`npx playwright merge-reports --config ${mergeConfig}`)));
  assert.ok(all.some((s) => s.run?.includes('summary.md >> "$GITHUB_STEP_SUMMARY"')));
  assert.ok(all.some((s) => s.if?.includes("needs.shard.result != 'success'") && s.run?.includes('exit 1')));
}

test('the pull-request workflows run the mock target and publish the report and the summary', () => {
  for (const dir of [WORKFLOWS, TEAM_WORKFLOWS]) {
    const pr = workflowsIn(dir).find((w) => w.file.endsWith('pull-request.yml'))?.workflow ?? {};
    assertPullRequestWorkflow(pr);
  }
  const ours = workflowsIn(WORKFLOWS).find((w) => w.file === 'pull-request.yml')?.workflow ?? {};
  assert.equal(steps(ours).filter((s) => s.uses?.startsWith('actions/upload-artifact@')).length, 2);
});

test('the nightly workflows: schedule, the tenants, shards, one merged report, a failing job', () => {
  const ours = join(WORKFLOWS, 'nightly.yml');
  const oursText = readFileSync(ours, 'utf8');
  assert.match(oursText, /TARGET: tenant/);
  assertNightlyWorkflow(
    parse(oursText) as Workflow,
    oursText,
    /^npx playwright test --shard/,
    'merge-reports.config.ts',
  );
  const team = join(TEAM_WORKFLOWS, 'mfa-conformance-nightly.yml');
  const teamText = readFileSync(team, 'utf8');
  const teamWorkflow = parse(teamText) as Workflow;
  assertNightlyWorkflow(teamWorkflow, teamText, /--project tenant/, 'playwright.config.ts');
  // A team's setup is the package's command, not this repository's script.
  assert.ok(steps(teamWorkflow).some((s) => s.run === 'npx mfa-conformance setup'));
});
