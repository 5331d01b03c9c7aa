'use strict';
// Evaluated inside each Action's context: bytes <-> base64, the form in which binary data crosses to the
// host (as text, so that no host object ever enters the realm).
module.exports = function installBytes(realm) {
  const { Object, Reflect, String, TypeError, Uint8Array } = globalThis;
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const VALUES = Object.create(null);
  for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET[i]] = i;
  VALUES['-'] = 62;
  VALUES._ = 63;
  const bufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

  realm.toBase64 = (bytes) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 3) {
      const [a, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
      const n = (a << 16) | (b << 8) | c;
      text += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
      text += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
      text += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
    }
    return text;
  };

  realm.fromBase64 = (input) => {
    const text = String(input).replace(/[\s=]/g, '');
    const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
    let bits = 0;
    let value = 0;
    let at = 0;
    for (const char of text) {
      const digit = VALUES[char];
      if (digit === undefined) throw new TypeError('The string to be decoded is not correctly encoded.');
      value = (value << 6) | digit;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes[at] = (value >> bits) & 255;
        at += 1;
      }
    }
    return bytes.subarray(0, at);
  };

  /** A Uint8Array over the bytes of any BufferSource, or undefined for anything else. */
  realm.bytesOf = (value) => {
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    try {
      Reflect.apply(bufferLength, value, []);
      return new Uint8Array(value);
    } catch {
      return undefined;
    }
  };
};
