import vm from 'node:vm';
import type { ActionBuildError, ActionDependency } from '../tenants/model.ts';
import { resolveInstalled } from './allowed-modules.ts';
import { installDependency, isInstalled } from './install-dependency.ts';

/** A build: its errors when it settled at once, or the install that settles it. */
export type Build = { errors: ActionBuildError[] } | { installing: Promise<ActionBuildError[]> };

/**
 * The mock's build of an Action, as a real tenant's build fails:
 * - the code is compiled as the sandbox will wrap it, so a syntax error is reported at once with its
 *   message and line
 * - a post-login Action that never names `onExecutePostLogin` exports no handler for its trigger: refused
 *   at build, as Auth0 refuses it at deploy, instead of running as a silent no-op (docs/decisions/0050)
 * - each declared dependency not installed yet is installed from the npm registry (the Action is
 *   `building` meanwhile); one that cannot be installed or loaded fails the build by name
 *   (docs/decisions/0024)
 */
export function buildAction(
  name: string,
  code: string,
  dependencies: readonly ActionDependency[] = [],
  triggers: readonly string[] = ['post-login'],
): Build {
  const syntax = [...syntaxErrors(name, code), ...handlerErrors(code, triggers)];
  const missing = dependencies.filter((d) => !isInstalled(d));
  if (syntax.length > 0 || missing.length === 0) return { errors: [...syntax, ...unloadable(dependencies)] };
  const installs = missing.map((d) =>
    installDependency(d).then(
      () => [],
      (error: Error) => [{ id: 'dependency_installation_failed', msg: error.message, url: '' }],
    ),
  );
  return {
    installing: Promise.all(installs).then((failed) => [...failed.flat(), ...unloadable(dependencies)]),
  };
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

/** The handler each trigger calls; the mock runs post-login Actions only. */
const HANDLERS: Record<string, string> = { 'post-login': 'onExecutePostLogin' };

function handlerErrors(code: string, triggers: readonly string[]): ActionBuildError[] {
  return triggers.flatMap((trigger) => {
    const handler = HANDLERS[trigger];
    if (!handler || new RegExp(`\\b${handler}\\b`).test(code)) return [];
    const exported = /exports\.(\w+)\s*=/.exec(code)?.[1];
    const found = exported ? ` (it exports ${exported})` : '';
    const msg = `The Action exports no ${handler}, the handler of the ${trigger} trigger${found}.`;
    return [{ id: 'invalid_code', msg, url: '' }];
  });
}

/** Installed dependencies whose name `require` cannot load (a package with no CommonJS or ESM entry). */
function unloadable(dependencies: readonly ActionDependency[]): ActionBuildError[] {
  return dependencies
    .filter((d) => isInstalled(d) && !resolveInstalled(d))
    .map((d) => ({
      id: 'dependency_not_loadable',
      msg: `Dependency ${d.name}@${d.version} is installed but require('${d.name}') cannot load it.`,
      url: '',
    }));
}
