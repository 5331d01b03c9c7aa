'use strict';
// Evaluated inside each Action's context: the one door to the host. The host function `hostCall` lives only
// in this closure; what crosses it is text (JSON, with bytes as base64 and crypto keys as numbers), and a
// failure on the host side comes back as text too, to be thrown here as this realm's own error. No host
// object, function, error or promise is ever handed to Action code.
module.exports = function installBridge(realm, hostCall) {
  const { Error, JSON, Map, Promise, RangeError, SyntaxError, TypeError } = globalThis;
  const ERRORS = { Error, RangeError, SyntaxError, TypeError };
  const pending = new Map();
  let nextCall = 1;

  const replacer = function (key, value) {
    const raw = this[key];
    const bytes = realm.bytesOf(raw);
    if (bytes) return { $bytes: realm.toBase64(bytes) };
    const keyId = realm.keyIdOf?.(raw);
    return keyId === undefined ? value : { $key: keyId };
  };
  const reviver = (key, value) => {
    if (value === null || typeof value !== 'object') return value;
    if (typeof value.$bytes === 'string') return realm.fromBase64(value.$bytes);
    if (typeof value.$key === 'number') return realm.keyFromWire(value);
    return value;
  };
  const errorOf = (reply) => new (ERRORS[reply.type] ?? Error)(String(reply.error));

  realm.encode = (value) => JSON.stringify(value, replacer) ?? 'null';
  realm.decode = (text) => JSON.parse(text, reviver);

  const send = (op, args, id) => {
    const payload = realm.encode(args);
    let reply;
    try {
      reply = hostCall(op, payload, id);
    } catch {
      // Whatever the host threw (even a stack overflow raised on its side) stays out of the realm.
      reply = undefined;
    }
    if (typeof reply !== 'string') throw new Error(`The mock could not run ${op}`);
    return reply;
  };

  /** A synchronous host operation: its value, or its error thrown as this realm's. */
  realm.call = (op, ...args) => {
    const reply = realm.decode(send(op, args, 0));
    if (reply.error !== undefined) throw errorOf(reply);
    return reply.value;
  };

  /** An asynchronous host operation, as a promise of this realm; the host answers through settle(). */
  realm.callAsync = (op, ...args) =>
    new Promise((resolve, reject) => {
      const id = nextCall;
      nextCall += 1;
      pending.set(id, { resolve, reject });
      try {
        send(op, args, id);
      } catch (error) {
        pending.delete(id);
        reject(error);
      }
    });

  realm.settle = (id, text) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    let reply;
    try {
      reply = realm.decode(text);
    } catch {
      reply = { error: `The mock answered ${id} with unreadable data` };
    }
    if (reply.error !== undefined) waiting.reject(errorOf(reply));
    else waiting.resolve(reply.value);
  };
};
