'use strict';
// Evaluated inside each Action's context: the Node built-in modules an Action may require (crypto, buffer,
// url, util, querystring, with or without `node:`), each built from this realm's own globals.
module.exports = function installBuiltinModules(realm) {
  const { Map, Object, Promise, String, decodeURIComponent, encodeURIComponent } = globalThis;

  const promisify = (original) =>
    function (...args) {
      return new Promise((resolve, reject) => {
        original.call(this, ...args, (error, value) => (error ? reject(error) : resolve(value)));
      });
    };
  const util = {
    format: (...args) => realm.format(args),
    inspect: (value) => realm.describe(value),
    promisify,
    TextEncoder: globalThis.TextEncoder,
    TextDecoder: globalThis.TextDecoder,
  };

  const unescape = (text) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  const querystring = {
    escape: (text) => encodeURIComponent(String(text)),
    unescape,
    parse: (text, sep = '&', eq = '=') => {
      const out = Object.create(null);
      for (const part of String(text).split(sep)) {
        if (part === '') continue;
        const at = part.indexOf(eq);
        const [key, value] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + eq.length)];
        const [name, decoded] = [unescape(key), unescape(value)];
        const before = out[name];
        out[name] = before === undefined ? decoded : [].concat(before, decoded);
      }
      return out;
    },
    stringify: (object, sep = '&', eq = '=') =>
      Object.keys(object ?? {})
        .flatMap((key) =>
          []
            .concat(object[key])
            .map((value) => `${encodeURIComponent(key)}${eq}${encodeURIComponent(String(value ?? ''))}`),
        )
        .join(sep),
  };
  querystring.decode = querystring.parse;
  querystring.encode = querystring.stringify;

  realm.builtinModules = new Map([
    ['crypto', realm.nodeCrypto],
    ['buffer', { Buffer: realm.Buffer }],
    ['url', { URL: realm.URL, URLSearchParams: realm.URLSearchParams }],
    ['util', util],
    ['querystring', querystring],
  ]);
};
