/**
 * `npm run package:check`: the package as a team gets it. In an empty temporary folder: `npm install` of
 * the tarball `npm pack` makes (its prepack builds dist/), `npx mfa-conformance init`, then
 * `npx playwright test`, which must pass the scaffolded scenarios and spec against the embedded mock, each
 * test located at its own file, and whose blob report the team's config must merge without a browser (the
 * nightly workflow's report job); `init` run again must keep every file; a YAML path on the command line must
 * select that scenario alone. It reuses this machine's Chromium and Mailpit (CHROMIUM_PATH, MAILPIT_BIN)
 * and the caller's ports. Prints each phase's time: the install is the slow part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, MAILPIT_BIN, REPO_ROOT } from '../harness/config.ts';

const SCENARIOS = ['mfa/otp-enrollee-is-challenged.yaml', 'mfa/unenrolled-user-skips-mfa.yaml'];
const SPEC = 'mfa/otp-enrollee.spec.ts';

const work = mkdtempSync(join(tmpdir(), 'mfa-conformance-package-'));
const project = join(work, 'team-repo');
const problems: string[] = [];

/** Runs `command` in `cwd`, prints its time, and returns its output; a failure ends the check. */
function step(
  what: string,
  cwd: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): string {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  console.log(`package: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (result.error || result.status !== 0) {
    console.error(output.trim().split('\n').slice(-40).join('\n'));
    throw new Error(
      `${what} failed (${result.error?.message ?? `exit code ${result.status}`}); see its output above.`,
    );
  }
  return output;
}

function expect(ok: boolean, problem: string): void {
  if (!ok) problems.push(problem);
}

try {
  step('npm pack (builds dist/)', REPO_ROOT, 'npm', ['pack', '--pack-destination', work]);
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) ?? 'missing.tgz');
  spawnSync('mkdir', [project]);
  const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund'];
  step('npm install <tarball> in an empty folder', project, 'npm', ['install', ...npmFlags, tarball]);

  const init = step('npx mfa-conformance init', project, 'npx', ['mfa-conformance', 'init']);
  const workflows = ['pull-request', 'nightly'].map((w) => `.github/workflows/mfa-conformance-${w}.yml`);
  for (const file of [
    'playwright.config.ts',
    ...SCENARIOS,
    SPEC,
    ...workflows,
    '.env.example',
    '.gitignore',
  ]) {
    expect(init.includes(file), `init did not say it created ${file}:\n${init}`);
  }
  const again = step('npx mfa-conformance init, again', project, 'npx', ['mfa-conformance', 'init']);
  expect(!/created|appended/.test(again), `a second init changed files instead of keeping them:\n${again}`);

  // Mailpit from this machine; the browser too when the caller names one (the default path otherwise).
  const env = { CI: '1', MAILPIT_BIN, CHROMIUM_PATH };
  const listed = step(
    '--list with a YAML path',
    project,
    'npx',
    ['playwright', 'test', '--list', SCENARIOS[1] ?? ''],
    env,
  );
  expect(
    /Total: 1 test in 1 file/.test(listed),
    `the path ${SCENARIOS[1]} did not select its scenario alone:\n${listed}`,
  );

  // A blob report too, as a shard of the nightly workflow writes one.
  const run = step(
    'npx playwright test',
    project,
    'npx',
    ['playwright', 'test', '--workers', '1', '--reporter=list,blob'],
    env,
  );
  expect(/\b3 passed\b/.test(run), `expected the 2 scenarios and the spec to pass:\n${run}`);
  for (const file of SCENARIOS) {
    expect(run.includes(`› ${file}:1:1 ›`), `the test of ${file} is not located at that file:\n${run}`);
  }
  // The nightly workflow's report job: the team's own config merges the blobs, with no browser installed.
  step(
    'merge-reports with the team config',
    project,
    'npx',
    ['playwright', 'merge-reports', '--config', 'playwright.config.ts', 'blob-report'],
    { ...env, TARGET: 'tenant', CHROMIUM_PATH: join(work, 'no-chromium-here') },
  );
  expect(
    existsSync(join(project, 'playwright-report/conformance/summary.md')),
    'merge-reports with the team config wrote no conformance summary',
  );
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`package: ${problem}`);
  process.exit(1);
}
console.log('package: installed from its tarball, scaffolded and green against the mock');
