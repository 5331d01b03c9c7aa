'use strict';
// Evaluated inside each Action's context: running the Action's module and its entry point to the end. The
// host learns the outcome from one `done` call carrying data (the recorded api calls, or the error's
// message); it never awaits a promise of this realm.
module.exports = function installRun(realm) {
  const { Error, JSON, Promise, Reflect, String } = globalThis;
  const then = Promise.prototype.then;
  let finished = false;

  const messageOf = (error) => {
    try {
      const message = error?.message;
      return typeof message === 'string' ? message : String(error);
    } catch {
      return 'The Action threw a value that cannot be read';
    }
  };
  const finish = (outcome) => {
    if (finished) return;
    finished = true;
    realm.call('done', outcome);
  };
  // The stack as text (its frames name the Action `action:<name>:line:col`), when the error has one.
  const stackOf = (error) => {
    try {
      const stack = error?.stack;
      return typeof stack === 'string' ? stack : undefined;
    } catch {
      return undefined;
    }
  };
  realm.fail = (error) =>
    finish({ ok: false, calls: realm.calls, error: messageOf(error), stack: stackOf(error) });

  realm.run = (wrapper, eventJson, entryName, allowedJson) => {
    try {
      const module = { exports: {} };
      Reflect.apply(wrapper, module.exports, [
        module.exports,
        realm.makeRequire(JSON.parse(allowedJson)),
        module,
      ]);
      const exported = module.exports;
      const entry = exported?.[entryName] ?? exported?.default?.[entryName];
      if (typeof entry !== 'function') {
        if (entryName === 'onContinuePostLogin')
          throw new Error('The Action redirected but exports no onContinuePostLogin');
        // The build refuses code that never names its handler (docs/decisions/0050); one that names it
        // without exporting it fails here rather than running as a silent no-op.
        throw new Error(`The Action exports no ${entryName}`);
      }
      const result = entry(JSON.parse(eventJson), realm.buildApi(entryName));
      Reflect.apply(then, new Promise((resolve) => resolve(result)), [
        () => finish({ ok: true, calls: realm.calls }),
        realm.fail,
      ]);
    } catch (error) {
      realm.fail(error);
    }
  };
};
