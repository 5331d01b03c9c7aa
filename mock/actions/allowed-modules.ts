import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ActionDependency } from '../tenants/model.ts';
import { installFolder, isInstalled } from './install-dependency.ts';

/**
 * The modules an Action may `require`: its declared dependencies, installed when it was built
 * (install-dependency.ts), each by the name it is required with and the file that name loads from its
 * own install folder, so two Actions may declare two versions of one package.
 */
export function allowedModules(dependencies: readonly ActionDependency[]): Record<string, string> {
  return Object.fromEntries(
    dependencies.flatMap((d) => {
      const file = resolveInstalled(d);
      return file ? [[d.name, file] as const] : [];
    }),
  );
}

/** The file `require(name)` loads from the dependency's install folder, or undefined (not installed). */
export function resolveInstalled(dependency: ActionDependency): string | undefined {
  if (!isInstalled(dependency)) return undefined;
  try {
    return createRequire(join(installFolder(dependency), 'package.json')).resolve(dependency.name);
  } catch {
    return undefined;
  }
}
