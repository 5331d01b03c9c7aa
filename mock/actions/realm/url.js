'use strict';
// Evaluated inside each Action's context: URL and URLSearchParams. The host's own URL parser and
// application/x-www-form-urlencoded serializer do the work, so parsing follows WHATWG as Node's does.
module.exports = function installUrl(realm) {
  const { Array, Object, String, Symbol, TypeError } = globalThis;
  const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port'];
  const QUERY_FIELDS = ['pathname', 'search', 'hash'];
  let attach;

  class URLSearchParams {
    #pairs = [];
    #onChange;
    static {
      attach = (params, pairs, onChange) => {
        params.#pairs = pairs;
        params.#onChange = onChange;
      };
    }
    constructor(init = '') {
      if (init instanceof URLSearchParams) this.#pairs = [...init];
      else if (typeof init === 'string') this.#pairs = realm.call('search.parse', init);
      else if (init && typeof init[Symbol.iterator] === 'function')
        for (const pair of init) {
          const entry = Array.from(pair);
          if (entry.length !== 2)
            throw new TypeError('Each query pair must be an iterable [name, value] tuple');
          this.#pairs.push([String(entry[0]), String(entry[1])]);
        }
      else if (init && typeof init === 'object')
        for (const key of Object.keys(init)) this.#pairs.push([key, String(init[key])]);
      else if (init !== undefined && init !== null) this.#pairs = realm.call('search.parse', String(init));
    }
    #changed() {
      this.#onChange?.(this.toString());
    }
    get size() {
      return this.#pairs.length;
    }
    append(name, value) {
      this.#pairs.push([String(name), String(value)]);
      this.#changed();
    }
    delete(name, value) {
      const key = String(name);
      this.#pairs = this.#pairs.filter(([k, v]) => k !== key || (value !== undefined && v !== String(value)));
      this.#changed();
    }
    get(name) {
      return this.#pairs.find(([k]) => k === String(name))?.[1] ?? null;
    }
    getAll(name) {
      return this.#pairs.filter(([k]) => k === String(name)).map(([, v]) => v);
    }
    has(name, value) {
      return this.#pairs.some(([k, v]) => k === String(name) && (value === undefined || v === String(value)));
    }
    set(name, value) {
      const key = String(name);
      const at = this.#pairs.findIndex(([k]) => k === key);
      if (at < 0) this.#pairs.push([key, String(value)]);
      else {
        this.#pairs[at] = [key, String(value)];
        this.#pairs = this.#pairs.filter(([k], i) => k !== key || i === at);
      }
      this.#changed();
    }
    sort() {
      this.#pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.#changed();
    }
    forEach(callback, thisArg) {
      for (const [k, v] of this.#pairs) callback.call(thisArg, v, k, this);
    }
    *entries() {
      for (const [k, v] of this.#pairs) yield [k, v];
    }
    *keys() {
      for (const [k] of this.#pairs) yield k;
    }
    *values() {
      for (const [, v] of this.#pairs) yield v;
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    toString() {
      return realm.call('search.stringify', this.#pairs);
    }
  }

  class URL {
    #parts;
    #params;
    static {
      const define = (field, settable) =>
        Object.defineProperty(URL.prototype, field, {
          get() {
            return this.#parts[field];
          },
          set: settable
            ? function (value) {
                this.#parts = realm.call('url.set', this.#parts.href, field, String(value));
                if (this.#params)
                  attach(this.#params, realm.call('search.parse', this.#parts.search), this.#sync);
              }
            : undefined,
          enumerable: true,
          configurable: true,
        });
      for (const field of [...FIELDS, ...QUERY_FIELDS]) define(field, field !== 'origin');
    }
    constructor(url, base) {
      this.#parts = realm.call('url.parse', String(url), base === undefined ? null : String(base));
    }
    static canParse(url, base) {
      try {
        new URL(url, base);
        return true;
      } catch {
        return false;
      }
    }
    #sync = (query) => {
      this.#parts = realm.call('url.set', this.#parts.href, 'search', query);
    };
    get searchParams() {
      if (!this.#params) {
        this.#params = new URLSearchParams();
        attach(this.#params, realm.call('search.parse', this.#parts.search), this.#sync);
      }
      return this.#params;
    }
    toString() {
      return this.#parts.href;
    }
    toJSON() {
      return this.#parts.href;
    }
  }

  realm.URL = URL;
  realm.URLSearchParams = URLSearchParams;
  globalThis.URL = URL;
  globalThis.URLSearchParams = URLSearchParams;
};
