'use strict';
// Evaluated inside each Action's context: TextEncoder, TextDecoder, atob and btoa. The host's own decoders
// do the work, so the labels, the BOM and `fatal` behave as Node's do.
module.exports = function installEncoding(realm) {
  const { Error, String } = globalThis;

  class TextEncoder {
    get encoding() {
      return 'utf-8';
    }
    encode(input = '') {
      return realm.call('text.encode', String(input));
    }
  }

  class TextDecoder {
    #label;
    #fatal;
    #ignoreBOM;
    constructor(label = 'utf-8', options = {}) {
      this.#label = String(label);
      this.#fatal = Boolean(options.fatal);
      this.#ignoreBOM = Boolean(options.ignoreBOM);
      this.#label = realm.call('text.label', this.#label);
    }
    get encoding() {
      return this.#label;
    }
    get fatal() {
      return this.#fatal;
    }
    get ignoreBOM() {
      return this.#ignoreBOM;
    }
    decode(input = new Uint8Array(0)) {
      const bytes = realm.bytesOf(input);
      if (!bytes) throw new TypeError('The "input" argument must be an ArrayBuffer or an ArrayBufferView');
      return realm.call('text.decode', bytes, this.#label, this.#fatal, this.#ignoreBOM);
    }
  }

  const invalidCharacter = () => {
    const error = new Error('Invalid character');
    error.name = 'InvalidCharacterError';
    return error;
  };
  globalThis.btoa = (input) => {
    const text = String(input);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code > 255) throw invalidCharacter();
      bytes[i] = code;
    }
    return realm.toBase64(bytes);
  };
  globalThis.atob = (input) => {
    const text = String(input).replace(/[\t\n\f\r ]/g, '');
    if (/[^A-Za-z0-9+/=]/.test(text) || text.length % 4 === 1) throw invalidCharacter();
    let out = '';
    for (const byte of realm.fromBase64(text)) out += String.fromCharCode(byte);
    return out;
  };
  globalThis.TextEncoder = TextEncoder;
  globalThis.TextDecoder = TextDecoder;
};
