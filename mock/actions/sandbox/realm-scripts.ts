/**
 * The scripts of mock/actions/realm/, which build everything an Action can reach inside its own context, in
 * the order they install (each uses what those before it installed; tame comes last, then the host freezes
 * the realm). The runner reads
 * them; the worker compiles them once and evaluates them in every run's context.
 */
import vm from 'node:vm';

export const REALM_SCRIPTS = [
  'budget',
  'bytes',
  'bridge',
  'clock',
  'encoding',
  'buffer',
  'url',
  'console',
  'timers',
  'fetch',
  'crypto',
  'structured-clone',
  'builtin-modules',
  'require',
  'api',
  'run',
  'tame',
] as const;

export type RealmScriptName = (typeof REALM_SCRIPTS)[number];

export interface RealmSource {
  name: RealmScriptName;
  source: string;
}

/**
 * `import()` in any code of a context would otherwise reach Node's loader, whose refusal is a host error;
 * this refusal is a string, which belongs to no realm.
 */
export const refuseImport = (): never => {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a primitive on purpose: see above
  throw 'import() is not available to Actions on the mock: declare the module as a dependency and require it';
};

/** Compiles source for evaluation in Action contexts, with import() refused. */
export function compile(source: string, filename: string, lineOffset = 0): vm.Script {
  return new vm.Script(source, { filename, lineOffset, importModuleDynamically: refuseImport as never });
}

/** Each realm script wrapped so that evaluating it in a context yields its installer, a function of that realm. */
export function compileRealmScripts(
  sources: readonly RealmSource[],
): Array<{ name: string; script: vm.Script }> {
  return sources.map(({ name, source }) => ({
    name,
    script: compile(
      `(function () {\nconst module = {};\n${source}\nreturn module.exports;\n})()`,
      `realm/${name}.js`,
      -2,
    ),
  }));
}
