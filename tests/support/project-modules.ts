import { PROJECT_DIR } from '../../mock/actions/dependency-bundles.ts';

/** An Action job's `modules` for packages the project itself installs: each resolved from the project. */
export function projectModules(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, PROJECT_DIR]));
}
