'use strict';
// Evaluated inside each Action's context: console, whose lines the host prints. Values are described here,
// as text, so the host never reads an object of the Action.
module.exports = function installConsole(realm) {
  const { JSON, Object, String } = globalThis;

  realm.describe = (value) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'function') return `[Function: ${value.name || '(anonymous)'}]`;
    if (value === null || typeof value !== 'object') return String(value);
    try {
      if (typeof value.stack === 'string' && typeof value.message === 'string') return value.stack;
      return (
        JSON.stringify(value, (key, item) => (typeof item === 'bigint' ? `${item}n` : item)) ?? String(value)
      );
    } catch {
      return Object.prototype.toString.call(value);
    }
  };
  realm.format = (args) => realm.call('format', args.map(realm.describe));

  const print =
    (level) =>
    (...args) => {
      realm.call('console', level, realm.format(args));
    };
  const console = {
    log: print('log'),
    info: print('info'),
    debug: print('debug'),
    warn: print('warn'),
    error: print('error'),
    trace: print('error'),
    dir: print('log'),
    table: print('log'),
    assert: (condition, ...args) => {
      if (!condition) print('error')('Assertion failed', ...args);
    },
  };
  globalThis.console = console;
};
