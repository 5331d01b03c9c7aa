/**
 * `npm run secrets:scan -- [--env-file F] [folder …]`: looks through a run's report folders (default
 * playwright-report, test-results, blob-report; traces and blob zips opened) for the secrets of the tenant
 * the run used (`.env`'s client secrets and other secret-named values, or ENV_FILE) and for Management API
 * access tokens. Prints where each one was and fails; prints one line and passes when there are none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import dotenv from 'dotenv';
import { REPO_ROOT } from '../harness/repo-root.ts';
import { scanDirectories, secretsOfEnv } from '../harness/report/secret-scan.ts';

const args = process.argv.slice(2);
const envAt = args.indexOf('--env-file');
const envFile = resolve(REPO_ROOT, envAt === -1 ? process.env.ENV_FILE || '.env' : (args[envAt + 1] ?? ''));
const folders = args.filter((_, i) => (i !== envAt && i !== envAt + 1) || envAt === -1);
const dirs = (folders.length > 0 ? folders : ['playwright-report', 'test-results', 'blob-report']).map((d) =>
  resolve(REPO_ROOT, d),
);

if (!existsSync(envFile)) {
  console.error(
    `secrets:scan: ${envFile} does not exist: name the run's settings with --env-file or ENV_FILE.`,
  );
  process.exit(1);
}
const secrets = secretsOfEnv(dotenv.parse(readFileSync(envFile)));
const findings = scanDirectories(dirs, secrets, REPO_ROOT);
for (const { where, what } of findings) console.error(`secrets:scan: ${what} is in ${where}`);
if (findings.length > 0) process.exit(1);
console.log(
  `secrets:scan: none of ${secrets.map((s) => s.name).join(', ') || 'no secret values'} nor any Management API token in ${dirs.length} folders.`,
);
