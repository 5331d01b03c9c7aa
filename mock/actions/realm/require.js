'use strict';
// Evaluated inside each Action's context: `require`. Built-in modules come from builtin-modules.js; an npm
// dependency is its bundle (compiled by the host into this context before the Action starts), evaluated on
// first require, once per run.
module.exports = function installRequire(realm) {
  const { Error, Map, String } = globalThis;
  const factories = new Map();

  realm.addDependency = (name, factory) => factories.set(name, factory);

  realm.makeRequire = (allowed) => {
    const cache = new Map();
    const require = (id) => {
      const name = String(id);
      const builtin = realm.builtinModules.get(name.startsWith('node:') ? name.slice(5) : name);
      if (builtin) return builtin;
      const cached = cache.get(name);
      if (cached) return cached.exports;
      const factory = factories.get(name);
      if (!factory)
        throw new Error(
          `Cannot find module '${name}': declare it in the Action's dependencies (the mock allows: ${allowed.join(', ') || 'none'})`,
        );
      const module = { exports: {} };
      cache.set(name, module);
      factory(module, module.exports, require);
      return module.exports;
    };
    return require;
  };
};
