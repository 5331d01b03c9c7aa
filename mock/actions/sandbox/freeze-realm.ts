/**
 * Freezes everything a realm's globals reach, and the intrinsics no global name reaches, before any Action
 * code runs: an Action cannot replace Promise.prototype.then, a prototype's constructor or
 * Error.prepareStackTrace, so the realm's own code keeps meaning what it says. The walk runs here, in host
 * code that stays compiled from run to run, because in a fresh context it would cost tens of milliseconds;
 * it only reads property descriptors (no getter runs) and nothing of the Action exists yet.
 * - Error stays extensible-free but keeps `stackTraceLimit` writable, which libraries set
 */
type Key = string | symbol;

export function freezeRealm(global: object, hidden: readonly unknown[]): void {
  const errorConstructor = (global as { Error?: unknown }).Error;
  const seen = new Set<unknown>([global]);
  const pending: unknown[] = [...hidden];
  for (const key of Reflect.ownKeys(global))
    pending.push(...parts(Reflect.getOwnPropertyDescriptor(global, key)));
  while (pending.length > 0) {
    const object = pending.pop();
    if ((typeof object !== 'object' && typeof object !== 'function') || object === null || seen.has(object))
      continue;
    seen.add(object);
    pending.push(Reflect.getPrototypeOf(object));
    for (const key of Reflect.ownKeys(object))
      pending.push(...parts(Reflect.getOwnPropertyDescriptor(object, key)));
    if (object === errorConstructor) freezeExcept(object, 'stackTraceLimit');
    else Object.freeze(object);
  }
}

function parts(descriptor: PropertyDescriptor | undefined): unknown[] {
  if (!descriptor) return [];
  const { value, get, set } = descriptor as { value?: unknown; get?: unknown; set?: unknown };
  return [value, get, set];
}

function freezeExcept(object: object, writable: Key): void {
  for (const key of Reflect.ownKeys(object)) {
    if (key === writable) continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    Object.defineProperty(
      object,
      key,
      descriptor && 'value' in descriptor
        ? { writable: false, configurable: false }
        : { configurable: false },
    );
  }
  Object.preventExtensions(object);
}
