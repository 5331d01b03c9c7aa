// The commands that hand over to another program: setup (scripts/setup.mjs) and the catalogue
// (`playwright test` with the package's own config), their exit code passed on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ownFile, ownModule } from '../harness/preset/own-files.ts';

function exitCodeOf(result: ReturnType<typeof spawnSync>, what: string): number {
  if (result.error) {
    console.error(
      `mfa-conformance: ${what} did not start (${result.error.message}); check that node and npx are on PATH.`,
    );
    return 1;
  }
  return result.status ?? 1;
}

/** Chromium, Mailpit and the mock's local CA, into this project's .tools/. */
export function runSetup(): number {
  const result = spawnSync(process.execPath, [ownFile('scripts/setup.mjs')], { stdio: 'inherit' });
  return exitCodeOf(result, 'setup');
}

/** The package's catalogue against TARGET or `--project`, reports in this project. */
export function runCatalogue(args: string[]): number {
  const config = ownModule('harness/preset/catalogue.config');
  if (!existsSync(config)) {
    console.error(`mfa-conformance: ${config} is missing: reinstall mfa-conformance.`);
    return 1;
  }
  const result = spawnSync('npx', ['playwright', 'test', '--config', config, ...args], { stdio: 'inherit' });
  return exitCodeOf(result, '`npx playwright test`');
}
