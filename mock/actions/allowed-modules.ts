import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ActionDependency } from '../tenants/model.ts';
import { installFolder, isInstalled } from './install-dependency.ts';

/**
 * The modules an Action may `require`: its declared dependencies, installed when it was built
 * (install-dependency.ts), each by the name it is required with and its own install folder, which the
 * runner bundles it from (dependency-bundles.ts), so two Actions may declare two versions of one package.
 */
export function allowedModules(dependencies: readonly ActionDependency[]): Record<string, string> {
  return Object.fromEntries(
    dependencies.flatMap((d) => (resolveInstalled(d) ? [[d.name, installFolder(d)] as const] : [])),
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
