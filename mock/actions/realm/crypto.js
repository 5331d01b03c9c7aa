'use strict';
// Evaluated inside each Action's context: Web Crypto (globalThis.crypto, CryptoKey) and the node:crypto
// functions Actions use (createHash, createHmac, randomBytes, randomUUID, randomInt, timingSafeEqual). Keys
// stay on the host; here a CryptoKey is a number with the key's public description.
module.exports = function installCrypto(realm) {
  const { Map, Math, Number, Object, Promise, RangeError, String, Symbol, TypeError, Uint8Array, WeakMap } =
    globalThis;
  const keyIds = new WeakMap();
  const keysById = new Map();

  class CryptoKey {
    constructor() {
      throw new TypeError('Illegal constructor');
    }
    get [Symbol.toStringTag]() {
      return 'CryptoKey';
    }
  }
  realm.keyIdOf = (value) => (value !== null && typeof value === 'object' ? keyIds.get(value) : undefined);
  realm.keyFromWire = (wire) => {
    const known = keysById.get(wire.$key);
    if (known) return known;
    const key = Object.create(CryptoKey.prototype);
    for (const field of ['type', 'extractable', 'algorithm', 'usages'])
      Object.defineProperty(key, field, { value: wire[field], enumerable: true });
    keyIds.set(key, wire.$key);
    keysById.set(wire.$key, key);
    return key;
  };

  const SUBTLE = [
    'decrypt',
    'deriveBits',
    'deriveKey',
    'digest',
    'encrypt',
    'exportKey',
    'generateKey',
    'importKey',
    'sign',
    'unwrapKey',
    'verify',
    'wrapKey',
  ];
  const subtle = {};
  for (const method of SUBTLE)
    subtle[method] = (...args) =>
      realm
        .callAsync('subtle', method, args)
        .then((value) => (realm.bytesOf(value) && !keyIds.has(value) ? value.buffer : value));

  const getRandomValues = (array) => {
    const bytes =
      ArrayBuffer.isView(array) && !(array instanceof DataView) ? realm.bytesOf(array) : undefined;
    if (!bytes || array instanceof Float32Array || array instanceof Float64Array)
      throw new TypeError('The data argument must be an integer-type TypedArray');
    if (bytes.length > 65536)
      throw new RangeError(`The ArrayBufferView's byte length (${bytes.length}) exceeds 65536`);
    bytes.set(realm.call('crypto.random', bytes.length));
    return array;
  };
  const webcrypto = {
    getRandomValues,
    randomUUID: () => realm.call('crypto.uuid'),
    subtle,
  };

  const bytesOf = (data, encoding) => {
    if (typeof data === 'string') return realm.Buffer.from(data, encoding);
    const bytes = realm.bytesOf(data);
    if (!bytes)
      throw new TypeError(
        'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView',
      );
    return bytes;
  };
  class Digest {
    #op;
    #algorithm;
    #key;
    #chunks = [];
    constructor(op, algorithm, key) {
      this.#op = op;
      this.#algorithm = String(algorithm);
      this.#key = key;
      realm.call(op, this.#algorithm, key, new Uint8Array(0));
    }
    update(data, encoding) {
      this.#chunks.push(bytesOf(data, encoding));
      return this;
    }
    digest(encoding) {
      const out = realm.Buffer.from(
        realm.call(this.#op, this.#algorithm, this.#key, realm.Buffer.concat(this.#chunks)),
      );
      return encoding === undefined ? out : out.toString(encoding);
    }
  }

  const randomBytes = (size, callback) => {
    const bytes = realm.Buffer.from(realm.call('crypto.random', Number(size)));
    if (typeof callback !== 'function') return bytes;
    Promise.resolve().then(() => callback(null, bytes));
    return undefined;
  };
  realm.nodeCrypto = {
    createHash: (algorithm) => new Digest('crypto.hash', algorithm, null),
    createHmac: (algorithm, key) => new Digest('crypto.hmac', algorithm, bytesOf(key)),
    randomBytes,
    randomUUID: webcrypto.randomUUID,
    randomInt: (min, max) => {
      const [low, high] = max === undefined ? [0, Number(min)] : [Number(min), Number(max)];
      if (!(high > low)) throw new RangeError('The value of "max" must be greater than "min"');
      const [word] = new Uint32Array(realm.call('crypto.random', 4).buffer);
      return low + Math.floor((word / 4294967296) * (high - low));
    },
    timingSafeEqual: (a, b) => {
      const [x, y] = [bytesOf(a), bytesOf(b)];
      if (x.length !== y.length) throw new RangeError('Input buffers must have the same byte length');
      let difference = 0;
      for (let i = 0; i < x.length; i += 1) difference |= x[i] ^ y[i];
      return difference === 0;
    },
    getRandomValues,
    webcrypto,
    subtle,
  };
  globalThis.crypto = webcrypto;
  globalThis.CryptoKey = CryptoKey;
};
