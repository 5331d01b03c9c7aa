'use strict';
// Evaluated inside each Action's context: structuredClone, for the types that data holds (primitives,
// arrays, plain objects, Date, RegExp, Map, Set, binary data, errors), with shared and cyclic references kept.
module.exports = function installStructuredClone(realm) {
  const { Array, ArrayBuffer, Date, Error, Map, Object, RegExp, Set, TypeError } = globalThis;

  const clone = (value, seen) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function')
      throw new TypeError(`${String(value.name || 'function')} could not be cloned`);
    if (seen.has(value)) return seen.get(value);
    const keep = (copy) => (seen.set(value, copy), copy);
    if (value instanceof Date) return keep(new Date(value.getTime()));
    if (value instanceof RegExp) return keep(new RegExp(value.source, value.flags));
    const bytes = realm.bytesOf(value);
    if (bytes) {
      const copy = new Uint8Array(bytes);
      if (!ArrayBuffer.isView(value)) return keep(copy.buffer);
      return keep(new value.constructor(copy.buffer, 0, value.length ?? value.byteLength));
    }
    if (value instanceof Map) {
      const copy = keep(new Map());
      for (const [k, v] of value) copy.set(clone(k, seen), clone(v, seen));
      return copy;
    }
    if (value instanceof Set) {
      const copy = keep(new Set());
      for (const item of value) copy.add(clone(item, seen));
      return copy;
    }
    if (value instanceof Error) {
      const copy = keep(new Error(value.message));
      copy.name = value.name;
      return copy;
    }
    const copy = keep(Array.isArray(value) ? [] : {});
    for (const key of Object.keys(value)) copy[key] = clone(value[key], seen);
    return copy;
  };

  globalThis.structuredClone = (value) => clone(value, new Map());
};
