'use strict';
// Evaluated inside each Action's context: Node's Buffer, the part Actions use (from, alloc, concat,
// toString in Node's encodings, equals, compare, copy, write, the integer readers). Encodings are converted by
// the host's own Buffer, so they behave as Node's do.
module.exports = function installBuffer(realm) {
  const { Array, DataView, Math, Number, Object, Set, String, TypeError, Uint8Array } = globalThis;
  const ENCODINGS = [
    'utf8',
    'utf-8',
    'hex',
    'base64',
    'base64url',
    'latin1',
    'binary',
    'ascii',
    'ucs2',
    'ucs-2',
    'utf16le',
    'utf-16le',
  ];
  const encodingOf = (value) => {
    const name = value === undefined || value === null ? 'utf8' : String(value).toLowerCase();
    if (!ENCODINGS.includes(name)) throw new TypeError(`Unknown encoding: ${String(value)}`);
    return name;
  };

  class Buffer extends Uint8Array {
    static from(value, encodingOrOffset, length) {
      if (typeof value === 'string')
        return Buffer.#of(realm.call('buffer.encode', value, encodingOf(encodingOrOffset)));
      const bytes = ArrayBuffer.isView(value) ? undefined : realm.bytesOf(value);
      if (bytes) {
        const offset = Number(encodingOrOffset ?? 0);
        return new Buffer(
          bytes.buffer,
          offset,
          length === undefined ? bytes.length - offset : Number(length),
        );
      }
      if (value && typeof value === 'object') {
        const items = value.type === 'Buffer' && Array.isArray(value.data) ? value.data : value;
        if (ArrayBuffer.isView(items) || typeof items.length === 'number') return Buffer.#of(items);
      }
      throw new TypeError(
        'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.',
      );
    }
    static #of(items) {
      const buffer = new Buffer(items.length);
      buffer.set(items);
      return buffer;
    }
    static alloc(size, fill, encoding) {
      const buffer = new Buffer(Number(size));
      return fill === undefined ? buffer : buffer.fill(fill, 0, buffer.length, encoding);
    }
    static allocUnsafe(size) {
      return new Buffer(Number(size));
    }
    static allocUnsafeSlow(size) {
      return new Buffer(Number(size));
    }
    static byteLength(value, encoding) {
      return typeof value === 'string' ? Buffer.from(value, encoding).length : value.byteLength;
    }
    static concat(list, totalLength) {
      const total = totalLength ?? list.reduce((sum, item) => sum + item.length, 0);
      const out = Buffer.alloc(total);
      let at = 0;
      for (const item of list) {
        if (at >= total) break;
        const part = item.subarray(0, total - at);
        out.set(part, at);
        at += part.length;
      }
      return out;
    }
    static isBuffer(value) {
      return value instanceof Buffer;
    }
    static isEncoding(value) {
      return typeof value === 'string' && ENCODINGS.includes(value.toLowerCase());
    }
    static compare(a, b) {
      for (let i = 0; i < Math.min(a.length, b.length); i += 1)
        if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return Math.sign(a.length - b.length);
    }
    toString(encoding, start = 0, end = this.length) {
      return realm.call('buffer.decode', this.subarray(start, end), encodingOf(encoding));
    }
    toJSON() {
      return { type: 'Buffer', data: Array.from(this) };
    }
    equals(other) {
      return Buffer.compare(this, other) === 0;
    }
    compare(other) {
      return Buffer.compare(this, other);
    }
    slice(start, end) {
      return this.subarray(start, end);
    }
    fill(value, start = 0, end = this.length, encoding) {
      if (typeof value !== 'string') return super.fill(value, start, end);
      const pattern = Buffer.from(value, encoding);
      for (let i = start; i < end && pattern.length > 0; i += 1)
        this[i] = pattern[(i - start) % pattern.length];
      return this;
    }
    write(text, offset = 0, length = this.length - offset, encoding) {
      const bytes = Buffer.from(String(text), typeof offset === 'string' ? offset : encoding);
      const at = typeof offset === 'number' ? offset : 0;
      const count = Math.min(bytes.length, length, this.length - at);
      this.set(bytes.subarray(0, count), at);
      return count;
    }
    copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
      const part = this.subarray(sourceStart, sourceEnd);
      const count = Math.min(part.length, target.length - targetStart);
      target.set(part.subarray(0, count), targetStart);
      return count;
    }
  }

  const SIZES = { Uint8: 1, Int8: 1, Uint16: 2, Int16: 2, Uint32: 4, Int32: 4, BigUint64: 8, BigInt64: 8 };
  const view = (buffer) => new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  for (const [type, size] of Object.entries(SIZES)) {
    for (const [suffix, littleEndian] of size === 1
      ? [['', false]]
      : [
          ['BE', false],
          ['LE', true],
        ]) {
      const name = `${type.replace('Uint', 'UInt')}${suffix}`;
      const read = function (offset = 0) {
        return view(this)[`get${type}`](offset, littleEndian);
      };
      const write = function (value, offset = 0) {
        view(this)[`set${type}`](offset, value, littleEndian);
        return offset + size;
      };
      for (const alias of new Set([name, `${type}${suffix}`])) {
        Buffer.prototype[`read${alias}`] = read;
        Buffer.prototype[`write${alias}`] = write;
      }
    }
  }

  realm.Buffer = Buffer;
  globalThis.Buffer = Buffer;
};
