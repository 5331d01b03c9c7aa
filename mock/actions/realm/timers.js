'use strict';
// Evaluated inside each Action's context: setTimeout and its kin. The host only counts the delay and calls
// fire(id) back; the callbacks stay here. A callback that throws fails the Action's run, as an uncaught
// exception would, instead of the whole runtime.
module.exports = function installTimers(realm) {
  const { Map, Number, Promise, Reflect, TypeError } = globalThis;
  const then = Promise.prototype.then;
  const resolved = Promise.resolve();
  const timers = new Map();
  let nextTimer = 1;
  let idOf;

  class Timeout {
    #id;
    static {
      idOf = (timer) => (timer instanceof Timeout ? timer.#id : Number(timer));
    }
    constructor(id) {
      this.#id = id;
    }
    ref() {
      return this;
    }
    unref() {
      return this;
    }
    hasRef() {
      return true;
    }
    [Symbol.toPrimitive]() {
      return this.#id;
    }
  }

  const schedule = (callback, delay, args, repeat) => {
    if (typeof callback !== 'function')
      throw new TypeError('The "callback" argument must be of type function');
    const id = nextTimer;
    nextTimer += 1;
    timers.set(id, { callback, args, repeat });
    realm.call('timer.set', id, Math.max(0, Number(delay) || 0), repeat);
    return new Timeout(id);
  };
  const clear = (timer) => {
    const id = idOf(timer);
    if (timers.delete(id)) realm.call('timer.clear', id);
  };

  realm.fire = (id) => {
    const timer = timers.get(id);
    if (!timer) return;
    if (!timer.repeat) timers.delete(id);
    const { callback, args } = timer;
    try {
      Reflect.apply(callback, undefined, args);
    } catch (error) {
      realm.fail(error);
    }
  };

  globalThis.setTimeout = (callback, delay, ...args) => schedule(callback, delay, args, false);
  globalThis.setInterval = (callback, delay, ...args) => schedule(callback, delay, args, true);
  globalThis.setImmediate = (callback, ...args) => schedule(callback, 0, args, false);
  globalThis.clearTimeout = clear;
  globalThis.clearInterval = clear;
  globalThis.clearImmediate = clear;
  globalThis.queueMicrotask = (callback) => {
    if (typeof callback !== 'function')
      throw new TypeError('The "callback" argument must be of type function');
    Reflect.apply(then, resolved, [
      () => {
        try {
          callback();
        } catch (error) {
          realm.fail(error);
        }
      },
    ]);
  };
};
