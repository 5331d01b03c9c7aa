/**
 * An Action's syntax, checked when scenarios load, so that a typo is reported at the Action file's own
 * line and column (`file:line:col`), not at the first login that deploys it. V8 compiles the code wrapped as
 * the mock's sandbox wraps it (one line above), so what it refuses is what the mock and Node refuse.
 */
import vm from 'node:vm';
import type { Problem } from './errors/scenario-error.ts';
import type { ActionSource } from './action-sources.ts';

export function actionSyntaxProblem(source: ActionSource): Problem | undefined {
  try {
    new vm.Script(`(function (exports, require, module) {\n${source.code}\n})`, {
      filename: source.file,
      lineOffset: -1,
    });
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // V8 puts `file:line`, the line's text and a caret under the column first in the stack.
    const [head = '', , caret = ''] = (error.stack ?? '').split('\n');
    const line = Number(/:(\d+)$/.exec(head)?.[1] ?? 1);
    const col = caret.includes('^') ? caret.indexOf('^') + 1 : 1;
    const at = source.sourcePosition(line, col);
    const text = `SyntaxError in Action ${source.label}: ${error.message}; expected JavaScript that Node 22 compiles`;
    return { file: source.file, ...at, text };
  }
}
