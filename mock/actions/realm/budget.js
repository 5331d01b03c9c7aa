'use strict';
// Evaluated inside each Action's context, first: binary data (ArrayBuffers, typed arrays) lives outside the
// V8 heap, so the worker's resourceLimits do not cap it. Every way the realm allocates it is charged to one
// budget per run; the constructors are replaced everywhere the Action could find them (the global names and
// each prototype's `constructor`), so the originals are unreachable.
module.exports = function installBufferBudget(realm, limitBytes) {
  const { Array, Number, Object, Proxy, RangeError, Reflect } = globalThis;
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const byteLengthGetter = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteLength').get;
  const lengthGetter = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;
  const bufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  let used = 0;

  const charge = (bytes) => {
    used += bytes > 0 ? bytes : 0;
    if (used > limitBytes)
      throw new RangeError(
        `Array buffer allocation failed: the Action's binary data exceeds ${limitBytes / 1048576} MB`,
      );
  };
  const isArrayBuffer = (value) => {
    try {
      Reflect.apply(bufferLength, value, []);
      return true;
    } catch {
      return typeof SharedArrayBuffer === 'function' && isShared(value);
    }
  };
  const sharedLength =
    typeof SharedArrayBuffer === 'function'
      ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get
      : undefined;
  const isShared = (value) => {
    try {
      Reflect.apply(sharedLength, value, []);
      return true;
    } catch {
      return false;
    }
  };
  const byteLengthOf = (typed) => Reflect.apply(byteLengthGetter, typed, []);
  const lengthOf = (typed) => Reflect.apply(lengthGetter, typed, []);

  /** Replaces a constructor by a charging proxy; `argsOf` reads its arguments once and charges them. */
  const replace = (Original, argsOf) => {
    const proxy = new Proxy(Original, {
      construct(target, args, newTarget) {
        return Reflect.construct(target, argsOf(args), newTarget === proxy ? target : newTarget);
      },
      apply(target, self, args) {
        return Reflect.apply(target, self, args);
      },
    });
    Object.defineProperty(Original.prototype, 'constructor', {
      value: proxy,
      writable: true,
      configurable: true,
    });
    globalThis[Original.name] = proxy;
  };
  const sized = ([length, options]) => {
    const bytes = Number(length);
    const max = options === null || options === undefined ? undefined : Number(options.maxByteLength);
    charge(max === undefined ? bytes : Math.max(bytes, max));
    return max === undefined ? [bytes] : [bytes, { maxByteLength: max }];
  };
  replace(ArrayBuffer, sized);
  if (typeof SharedArrayBuffer === 'function') replace(SharedArrayBuffer, sized);

  for (const Typed of [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  ]) {
    const per = Typed.BYTES_PER_ELEMENT;
    replace(Typed, (args) => {
      const [first] = args;
      if (typeof first !== 'object' || first === null) {
        const length = Number(first);
        charge(length * per);
        return [length];
      }
      if (isArrayBuffer(first)) return args;
      if (ArrayBuffer.isView(first) && !(first instanceof DataView)) {
        charge(lengthOf(first) * per);
        return [first];
      }
      // An iterable or array-like is read once, into a plain array that the heap limit caps.
      const items = Array.from(first);
      charge(items.length * per);
      return [items];
    });
  }

  // Methods that copy into a buffer they allocate themselves, bypassing the constructors.
  const chargeResult = (prototype, name, lengthOf) => {
    const original = prototype[name];
    if (typeof original !== 'function') return;
    Object.defineProperty(prototype, name, {
      value: {
        [name](...args) {
          const result = Reflect.apply(original, this, args);
          charge(lengthOf(result));
          return result;
        },
      }[name],
      writable: true,
      configurable: true,
    });
  };
  for (const name of ['slice', 'map', 'filter', 'toReversed', 'toSorted', 'with'])
    chargeResult(TypedArray.prototype, name, byteLengthOf);
  for (const name of ['slice', 'transfer', 'transferToFixedLength'])
    chargeResult(ArrayBuffer.prototype, name, (result) => Reflect.apply(bufferLength, result, []));
  if (typeof SharedArrayBuffer === 'function')
    chargeResult(SharedArrayBuffer.prototype, 'slice', (result) => Reflect.apply(sharedLength, result, []));

  // WebAssembly memories are binary data too, and no Action needs them on the mock.
  delete globalThis.WebAssembly;
  realm.charge = charge;
};
