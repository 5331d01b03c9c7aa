/**
 * The host's side of the realm's wire format (realm/bridge.js): JSON, with bytes as `{ $bytes: base64 }` and
 * crypto keys as `{ $key: id, … }`. Keys stay in the run's table; the realm holds only their numbers.
 */
import type { webcrypto } from 'node:crypto';

// Node 20 has the class as a global only.
const { CryptoKey } = globalThis as unknown as { CryptoKey: typeof webcrypto.CryptoKey };

export class KeyTable {
  readonly #keys = new Map<number, webcrypto.CryptoKey>();
  readonly #ids = new Map<webcrypto.CryptoKey, number>();

  idOf(key: webcrypto.CryptoKey): number {
    const known = this.#ids.get(key);
    if (known !== undefined) return known;
    const id = this.#keys.size + 1;
    this.#keys.set(id, key);
    this.#ids.set(key, id);
    return id;
  }

  keyOf(id: number): webcrypto.CryptoKey {
    const key = this.#keys.get(id);
    if (!key) throw new TypeError('The key is not a CryptoKey of this Action');
    return key;
  }
}

export function decodeArgs(text: string, keys: KeyTable): unknown[] {
  const args: unknown = JSON.parse(text, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object') return value;
    const wire = value as { $bytes?: unknown; $key?: unknown };
    if (typeof wire.$bytes === 'string') return new Uint8Array(Buffer.from(wire.$bytes, 'base64'));
    if (typeof wire.$key === 'number') return keys.keyOf(wire.$key);
    return value;
  });
  if (!Array.isArray(args)) throw new TypeError('The realm sent arguments that are not a list');
  return args;
}

export function encodeReply(value: unknown, keys: KeyTable): string {
  return JSON.stringify(
    { value: value ?? null },
    function (this: Record<string, unknown>, key, item: unknown) {
      const raw = this[key];
      if (raw instanceof ArrayBuffer) return { $bytes: Buffer.from(raw).toString('base64') };
      if (ArrayBuffer.isView(raw))
        return { $bytes: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
      if (raw instanceof CryptoKey) {
        const { type, extractable, algorithm, usages } = raw;
        return { $key: keys.idOf(raw), type, extractable, algorithm, usages };
      }
      return item;
    },
  );
}

const ERROR_TYPES = new Set(['TypeError', 'RangeError', 'SyntaxError']);

/** A host failure as the realm reads it; never throws. */
export function errorReply(error: unknown): string {
  try {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const type = typeof name === 'string' && ERROR_TYPES.has(name) ? name : 'Error';
    return JSON.stringify({ error: typeof message === 'string' ? message : String(error), type });
  } catch {
    return '{"error":"The mock failed"}';
  }
}
