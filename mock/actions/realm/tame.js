'use strict';
// Evaluated inside each Action's context, last before the host freezes the realm (sandbox/freeze-realm.ts).
// A frozen prototype makes `error.name = …` on an instance throw (the "override mistake"), so the properties
// that code commonly assigns on instances of the common classes (SES's "moderate" choice, roughly) become
// accessors here, whose setter defines the property on the instance instead. It also lists the intrinsics
// no global name reaches (iterator and generator prototypes, %TypedArray%, %ThrowTypeError%), for the freeze.
module.exports = function tameRealm(realm) {
  const { Object, Reflect, String, TypeError } = globalThis;
  const OVERRIDABLE = ['constructor', 'name', 'message', 'toString', 'valueOf', 'toJSON', 'toLocaleString'];

  const tame = (object, keys) => {
    for (const key of keys) {
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
      if (!descriptor || !('value' in descriptor) || !descriptor.writable || !descriptor.configurable)
        continue;
      const { value } = descriptor;
      Object.defineProperty(object, key, {
        get: () => value,
        set(next) {
          if (this === object) throw new TypeError(`Cannot assign to read only property '${String(key)}'`);
          Object.defineProperty(this, key, {
            value: next,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        },
        enumerable: descriptor.enumerable,
        configurable: false,
      });
    }
  };
  const TypedArray = Object.getPrototypeOf(Int8Array.prototype);
  tame(Object.prototype, Reflect.ownKeys(Object.prototype));
  for (const prototype of [
    Array.prototype,
    Function.prototype,
    Error.prototype,
    EvalError.prototype,
    RangeError.prototype,
    ReferenceError.prototype,
    SyntaxError.prototype,
    TypeError.prototype,
    URIError.prototype,
    AggregateError.prototype,
    Promise.prototype,
    RegExp.prototype,
    Date.prototype,
    Map.prototype,
    Set.prototype,
    TypedArray,
  ])
    tame(prototype, OVERRIDABLE);

  realm.hiddenIntrinsics = [
    Object.getPrototypeOf(function* () {}),
    Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(async function* () {}),
    Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(new Map().entries()),
    Object.getPrototypeOf(new Set().values()),
    Object.getPrototypeOf(''[Symbol.iterator]()),
    Object.getPrototypeOf(/x/[Symbol.matchAll]('')),
    TypedArray,
    Reflect.getOwnPropertyDescriptor(
      (function () {
        'use strict';
        return arguments;
      })(),
      'callee',
    ).get,
  ];
};
