import vm from 'node:vm';
import type { ActionBuildError } from '../tenants/model.ts';

/**
 * The mock's "build" of an Action: compile the code as the sandbox will wrap it, so that a syntax error is
 * reported at create time with its message and line, as a real tenant's build fails.
 */
export function buildAction(name: string, code: string): ActionBuildError[] {
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
