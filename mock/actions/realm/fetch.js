'use strict';
// Evaluated inside each Action's context: fetch, Headers and Response. The host makes the request; the
// request and the response cross as text (headers as pairs, bodies as bytes).
module.exports = function installFetch(realm) {
  const { JSON, Map, Object, Promise, String, Symbol, TypeError, Uint8Array } = globalThis;

  class Headers {
    #map = new Map();
    constructor(init) {
      if (init instanceof Headers) init.forEach((value, name) => this.append(name, value));
      else if (init && typeof init[Symbol.iterator] === 'function')
        for (const [name, value] of init) this.append(name, value);
      else if (init && typeof init === 'object')
        for (const name of Object.keys(init)) this.append(name, init[name]);
    }
    append(name, value) {
      const key = String(name).toLowerCase();
      const before = this.#map.get(key);
      this.#map.set(key, before === undefined ? String(value) : `${before}, ${String(value)}`);
    }
    set(name, value) {
      this.#map.set(String(name).toLowerCase(), String(value));
    }
    get(name) {
      return this.#map.get(String(name).toLowerCase()) ?? null;
    }
    has(name) {
      return this.#map.has(String(name).toLowerCase());
    }
    delete(name) {
      this.#map.delete(String(name).toLowerCase());
    }
    forEach(callback, thisArg) {
      for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
    }
    *entries() {
      yield* [...this.#map].sort(([a], [b]) => (a < b ? -1 : 1));
    }
    *keys() {
      for (const [name] of this.entries()) yield name;
    }
    *values() {
      for (const [, value] of this.entries()) yield value;
    }
    [Symbol.iterator]() {
      return this.entries();
    }
  }

  /** A body as bytes, with the content type it implies. */
  const bodyOf = (body) => {
    if (body === null || body === undefined) return { bytes: new Uint8Array(0) };
    if (typeof body === 'string')
      return { bytes: realm.call('text.encode', body), type: 'text/plain;charset=UTF-8' };
    if (body instanceof realm.URLSearchParams)
      return {
        bytes: realm.call('text.encode', body.toString()),
        type: 'application/x-www-form-urlencoded;charset=UTF-8',
      };
    const bytes = realm.bytesOf(body);
    if (bytes) return { bytes: new Uint8Array(bytes) };
    return { bytes: realm.call('text.encode', String(body)), type: 'text/plain;charset=UTF-8' };
  };

  class Response {
    #bytes;
    #used = false;
    constructor(body = null, init = {}) {
      const { bytes, type } = bodyOf(body);
      this.#bytes = bytes;
      this.status = init.status ?? 200;
      this.statusText = init.statusText ?? '';
      this.headers = new Headers(init.headers);
      if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
      this.url = '';
      this.redirected = false;
    }
    get ok() {
      return this.status >= 200 && this.status < 300;
    }
    get bodyUsed() {
      return this.#used;
    }
    #consume() {
      if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      this.#used = true;
      return Promise.resolve(this.#bytes);
    }
    bytes() {
      return this.#consume();
    }
    arrayBuffer() {
      return this.#consume().then((bytes) => bytes.buffer);
    }
    text() {
      return this.#consume().then((bytes) => realm.call('text.decode', bytes, 'utf-8', false, false));
    }
    json() {
      return this.text().then((text) => JSON.parse(text));
    }
    clone() {
      const copy = new Response(this.#bytes, this);
      copy.url = this.url;
      copy.redirected = this.redirected;
      return copy;
    }
  }

  globalThis.fetch = (input, init = {}) => {
    try {
      const url = typeof input === 'string' ? input : String(input?.href ?? input?.url ?? input);
      const headers = new Headers(init.headers ?? input?.headers);
      const method = String(init.method ?? input?.method ?? 'GET').toUpperCase();
      let body = null;
      if (init.body !== undefined && init.body !== null) {
        const made = bodyOf(init.body);
        body = made.bytes;
        if (made.type && !headers.has('content-type')) headers.set('content-type', made.type);
      }
      const request = { method, headers: [...headers], body, redirect: String(init.redirect ?? 'follow') };
      return realm.callAsync('fetch', url, request).then((reply) => {
        const response = new Response(reply.body, reply);
        response.url = reply.url;
        response.redirected = reply.redirected;
        return response;
      });
    } catch (error) {
      return Promise.reject(error);
    }
  };
  globalThis.Headers = Headers;
  globalThis.Response = Response;
};
