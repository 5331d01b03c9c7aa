// A TARGET=tenant run with a missing or malformed `.env` stops once, before any test, with one sentence: the
// global setup checks it (harness/target/tenant-run-setup.ts), not each worker or scenario. Each case starts
// Playwright on several scenarios, which never get to run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../../../harness/repo-root.ts';

const dir = mkdtempSync(join(tmpdir(), 'tenant-run-setup-'));

/** A tenant run of the OTP scenarios with `envFile`, as a person starts it; its output and exit code. */
function tenantRun(envFile: string): { output: string; status: number | null } {
  const settings = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^AUTH0_|^TARGET$|^ENV_FILE$/.test(name)),
  );
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '-g', '@otp', '--reporter=line', '--output', join(dir, 'test-results')],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...settings, TARGET: 'tenant', ENV_FILE: envFile },
    },
  );
  return { output: `${run.stdout}${run.stderr}`, status: run.status };
}

function assertStoppedOnce(output: string, status: number | null, sentence: string): void {
  assert.equal(status, 1, output);
  assert.equal(output.split(sentence).length - 1, 1, `the sentence once, not per scenario:\n${output}`);
  assert.doesNotMatch(output, /Running \d+ tests?|passed|failed|›/, `no test ran:\n${output}`);
}

test('a missing .env stops the run once, before any test, saying which file to write', () => {
  const missing = join(dir, 'missing.env');
  const { output, status } = tenantRun(missing);
  assertStoppedOnce(
    output,
    status,
    `AUTH0_DOMAIN is not set and there is no ${missing}: copy .env.example to ${missing} and fill it in ` +
      '(or set ENV_FILE to your settings file).',
  );
});

test('a malformed .env stops the run once, before any test, naming the setting', () => {
  const malformed = join(dir, 'malformed.env');
  writeFileSync(
    malformed,
    [
      'AUTH0_DOMAIN=https://dev-xyz.eu.auth0.com/',
      'AUTH0_TEST_TENANT=yes',
      'AUTH0_LOGIN_CLIENT_ID=login',
      'AUTH0_MGMT_CLIENT_ID=m2m',
      'AUTH0_MGMT_CLIENT_SECRET=secret',
      '',
    ].join('\n'),
  );
  const { output, status } = tenantRun(malformed);
  assertStoppedOnce(
    output,
    status,
    'AUTH0_DOMAIN must be a bare host name such as dev-xyz.eu.auth0.com, got "https://dev-xyz.eu.auth0.com/".',
  );
});
