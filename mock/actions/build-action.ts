import vm from 'node:vm';
import type { ActionBuildError, ActionDependency } from '../tenants/model.ts';
import { ALLOWED_MODULES } from './allowed-modules.ts';

/**
 * The mock's "build" of an Action, as a real tenant's build fails:
 * - the code is compiled as the sandbox will wrap it, so a syntax error is reported at create time with its
 *   message and line
 * - a dependency the mock cannot provide fails the build by name, rather than a `require` failing later in
 *   the middle of a login (docs/decisions/0024)
 */
export function buildAction(
  name: string,
  code: string,
  dependencies: readonly ActionDependency[] = [],
): ActionBuildError[] {
  return [...syntaxErrors(name, code), ...unavailableDependencies(dependencies)];
}

function syntaxErrors(name: string, code: string): ActionBuildError[] {
  try {
    new vm.Script(`(function (exports, require, module) {\n${code}\n})`, { filename: `action:${name}` });
    return [];
  } catch (error) {
    const message = (error as { message?: string }).message ?? String(error);
    const line = /action:[^:\n]*:(\d+)/.exec((error as { stack?: string }).stack ?? '')?.[1];
    const at = line ? ` (line ${Number(line) - 1})` : '';
    return [{ id: 'invalid_code', msg: `SyntaxError: ${message}${at}`, url: '' }];
  }
}

function unavailableDependencies(dependencies: readonly ActionDependency[]): ActionBuildError[] {
  return dependencies
    .filter((d) => !(ALLOWED_MODULES as readonly string[]).includes(d.name))
    .map((d) => ({
      id: 'dependency_not_available',
      msg: `Dependency ${d.name}@${d.version} is not available on the mock (it provides: ${ALLOWED_MODULES.join(', ')}); add it to ALLOWED_MODULES in mock/actions/allowed-modules.ts and to package.json`,
      url: '',
    }));
}
