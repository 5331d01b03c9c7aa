'use strict';
// Evaluated inside each Action's context: Date reads the tenant's time, which a scenario's clock step may have
// moved forward (mock/clock.ts), so an Action comparing Date.now() with a timestamp the mock recorded sees the
// mock's time. The host sets the run's offset before the Action's code runs; the machine's Date is not
// reachable from the realm afterwards (its prototype's constructor is this one).
module.exports = function installClock(realm) {
  const NativeDate = globalThis.Date;
  const { apply, construct, defineProperty } = Reflect;
  const nativeNow = NativeDate.now;
  const toString = NativeDate.prototype.toString;
  let offset = 0;
  const current = () => apply(nativeNow, NativeDate, []) + offset;

  function Date(...args) {
    if (new.target === undefined) return apply(toString, construct(NativeDate, [current()]), []);
    return construct(NativeDate, args.length === 0 ? [current()] : args, new.target);
  }
  defineProperty(Date, 'length', { value: 7 });
  defineProperty(Date, 'prototype', { value: NativeDate.prototype });
  defineProperty(Date, 'now', { value: { now: () => current() }.now, writable: true, configurable: true });
  defineProperty(Date, 'parse', { value: NativeDate.parse, writable: true, configurable: true });
  defineProperty(Date, 'UTC', { value: NativeDate.UTC, writable: true, configurable: true });
  defineProperty(NativeDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  defineProperty(globalThis, 'Date', { value: Date, writable: true, configurable: true });

  realm.setClock = (ms) => {
    offset = typeof ms === 'number' && Number.isFinite(ms) ? ms : 0;
  };
};
