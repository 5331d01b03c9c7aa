/**
 * An Action's npm dependency, as one CommonJS script the realm evaluates inside the Action's own context
 * (a host module would hand the Action host-realm objects). esbuild bundles the package with its own
 * dependencies, ES modules converted, Node's built-ins left to the realm's require; once per package.
 * Where a package is found is pluggable: `resolveDir(name)` names the folder to resolve it from.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export type ResolveDependencyDir = (name: string) => string;

/** The project's own node_modules, where the allowlisted modules are installed. */
export const PROJECT_DIR: ResolveDependencyDir = () => fileURLToPath(new URL('../../', import.meta.url));

export class DependencyBundles {
  readonly #bundles = new Map<string, Promise<string>>();

  constructor(readonly resolveDir: ResolveDependencyDir = PROJECT_DIR) {}

  bundle(name: string): Promise<string> {
    const dir = this.resolveDir(name);
    const key = `${dir}\0${name}`;
    let bundle = this.#bundles.get(key);
    if (!bundle) {
      bundle = bundleDependency(name, dir);
      this.#bundles.set(key, bundle);
      bundle.catch(() => this.#bundles.delete(key));
    }
    return bundle;
  }
}

async function bundleDependency(name: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir, sourcefile: name },
    bundle: true,
    write: false,
    format: 'cjs',
    // Neutral: the packages' browser-or-default entries, which need Web APIs the realm has, not Node's.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: [...builtinModules, 'node:*'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
