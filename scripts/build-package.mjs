// `npm run build`: the package under dist/, runnable with plain node in a team's repository. tsc compiles
// contract/, mock/, harness/ and cli/ (imports rewritten from .ts to .js); then the files read at runtime by
// path are copied to the same places beside the compiled code, so every `new URL(…, import.meta.url)` and
// REPO_ROOT-relative path resolves there as it does in this repository.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** Read at runtime by path: the catalogue and its Actions, the schema, the Actions realm, setup, init's files. */
const ASSETS = [
  'scenarios',
  'schema',
  'mock/actions/realm',
  'scripts/setup.mjs',
  'cli/init-files',
  '.env.example',
];

rmSync(DIST, { recursive: true, force: true });
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('build: tsc failed (see above); fix the type errors and run `npm run build` again.');
  process.exit(1);
}
for (const asset of ASSETS) cpSync(join(ROOT, asset), join(DIST, asset), { recursive: true });
// npm links bin to it; tsc keeps its #! line but not an executable mode.
chmodSync(join(DIST, 'cli', 'main.js'), 0o755);
console.log(`build: ${DIST}`);
