/**
 * An Action's npm dependency, as one CommonJS script the realm evaluates inside the Action's own context
 * (a host module would hand the Action host-realm objects). esbuild bundles the package with its own
 * dependencies, ES modules converted, Node's built-ins left to the realm's require; once per package.
 * Each package is resolved from the folder its job names (its install folder, allowed-modules.ts).
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The project's own folder: the packages the project itself installs resolve from it (tests use them). */
export const PROJECT_DIR: string = fileURLToPath(new URL('../../', import.meta.url));

export class DependencyBundles {
  readonly #bundles = new Map<string, Promise<string>>();

  /** The package `name` as resolved from `dir`, bundled once. */
  bundle(name: string, dir: string): Promise<string> {
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
