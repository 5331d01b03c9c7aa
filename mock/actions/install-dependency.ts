/**
 * Installs an Action's npm dependency as a real tenant does when it builds the Action (docs/decisions/0024):
 * - each `<name>@<version>` gets a folder of its own under MOCK_ACTION_MODULES_DIR, installed once with
 *   `npm install --prefix` (no install scripts) and reused by every later build, Action and mock
 * - an install goes to a scratch folder that is renamed into place, so two mocks installing the same
 *   dependency at once never see half of one
 * - a dependency that cannot be installed is refused in one sentence naming it and npm's reason
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MOCK_ACTION_MODULES_DIR } from '../config.ts';
import type { ActionDependency } from '../tenants/model.ts';
import { hex } from '../tenants/ids.ts';

const run = promisify(execFile);

/** npm's package names (scoped or not) and a version, range or tag without anything a shell would read. */
const NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;
const VERSION = /^[\w.^~<>=|*+ -]+$/;

/** The folder `dependency` is installed in (whether or not it is there yet). */
export function installFolder(dependency: ActionDependency): string {
  return join(MOCK_ACTION_MODULES_DIR, `${dependency.name.replace('/', '+')}@${dependency.version}`);
}

export function isInstalled(dependency: ActionDependency): boolean {
  return existsSync(join(installFolder(dependency), 'node_modules', dependency.name, 'package.json'));
}

const installing = new Map<string, Promise<void>>();

/** Installs `dependency` unless it is installed already; rejects with one sentence when npm cannot. */
export function installDependency(dependency: ActionDependency): Promise<void> {
  const folder = installFolder(dependency);
  if (isInstalled(dependency)) return Promise.resolve();
  let pending = installing.get(folder);
  if (!pending) {
    pending = install(dependency, folder).finally(() => installing.delete(folder));
    installing.set(folder, pending);
  }
  return pending;
}

async function install(dependency: ActionDependency, folder: string): Promise<void> {
  const spec = `${dependency.name}@${dependency.version}`;
  if (!NAME.test(dependency.name) || !VERSION.test(dependency.version))
    throw new Error(`Dependency ${spec} is not an npm package name and version.`);
  const scratch = `${folder}.installing-${hex(4)}`;
  await mkdir(scratch, { recursive: true });
  try {
    await run(
      'npm',
      [
        'install',
        '--prefix',
        scratch,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        spec,
      ],
      { timeout: 120_000 },
    );
    await rename(scratch, folder).catch((error: NodeJS.ErrnoException) => {
      // Another mock installed it first: keep theirs.
      if (!isInstalled(dependency)) throw error;
    });
  } catch (error) {
    throw new Error(`Dependency ${spec} could not be installed from the npm registry: ${npmReason(error)}.`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** npm's own reason ("… is not in this registry", "No matching version found for …"), or its error code. */
function npmReason(error: unknown): string {
  const lines = ((error as { stderr?: string }).stderr ?? '')
    .split('\n')
    .map((l) => l.replace(/^npm (ERR!|error)\s*/, '').trim());
  const reason =
    lines.find((l) => /is not in this registry|could not be found|No matching version/i.test(l)) ??
    lines.find((l) => l.startsWith('code ')) ??
    (error as Error).message.split('\n')[0];
  return (reason ?? String(error))
    .replace(/^(404|notarget)\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');
}
