/**
 * Tenants' RSA signing keys, generated ahead of need (docs/decisions/0053). An RSA-2048 key takes 0.1-1 s of
 * CPU; a tenant's first token request used to wait for its key, and every Host header, junk too, cost one.
 * - a tenant takes its key on first need (a token, the JWKS), not when it is created
 * - the key comes from a small pool that refills itself in the background, one key at a time, off the
 *   event loop (WebCrypto generates on libuv's thread pool): a taker waits only when the pool is empty
 * - each key is used once: every tenant has its own, with a kid of its own (its JWK thumbprint)
 * - before generating any, the pool hands out the machine's stock: keys setup generated once into
 *   MOCK_SIGNING_KEYS (docs/decisions/0075), so a run of the catalogue spends no CPU on keys
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import { MOCK_SIGNING_KEYS } from '../config.ts';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/** Keys kept ready: more than the tenants a few parallel scenarios start while one key is generated. */
export const KEY_POOL_SIZE = 4;

async function signingKeyOf(privateKey: CryptoKey, publicKey: CryptoKey): Promise<SigningKey> {
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return signingKeyOf(privateKey, publicKey);
}

/** A stocked key (a private RSA JWK) as a tenant's signing key. */
async function stockedSigningKey(jwk: JWK): Promise<SigningKey> {
  const privateKey = (await importJWK(jwk, 'RS256', { extractable: true })) as CryptoKey;
  const publicKey = (await importJWK({ kty: jwk.kty, n: jwk.n, e: jwk.e }, 'RS256', {
    extractable: true,
  })) as CryptoKey;
  return signingKeyOf(privateKey, publicKey);
}

/** How many keys setup stocks: more than the tenants a run of the catalogue and its HTTPS part make. */
export const KEY_STOCK_SIZE = 120;

/**
 * The private keys stocked in `file` (a JSON array of RSA JWKs); none when it is missing or unreadable, since
 * the pool then generates every key as before.
 */
export function readKeyStock(file: string = MOCK_SIGNING_KEYS): JWK[] {
  if (!existsSync(file)) return [];
  try {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(keys) ? (keys as JWK[]).filter((k) => k?.kty === 'RSA' && !!k.d) : [];
  } catch {
    return [];
  }
}

/**
 * Tops `file` up to `count` keys (setup, once per machine: 0.1-1 s of CPU a key, on libuv's threads);
 * returns how many it generated.
 */
export async function stockSigningKeys(
  file: string = MOCK_SIGNING_KEYS,
  count = KEY_STOCK_SIZE,
): Promise<number> {
  const stocked = readKeyStock(file);
  const missing = Math.max(0, count - stocked.length);
  if (missing === 0) return 0;
  const generated = await Promise.all(
    Array.from({ length: missing }, async () => exportJWK((await generateSigningKey()).privateKey)),
  );
  writeFileSync(file, `${JSON.stringify([...stocked, ...generated])}\n`, { mode: 0o600 });
  return missing;
}

export class SigningKeyPool {
  /** Keys made ahead of time, each handed out once, before any is generated. */
  readonly #stock: JWK[];
  readonly #ready: SigningKey[] = [];
  /** Tenants waiting for a key, first come first served. */
  readonly #takers: Array<(key: SigningKey) => void> = [];
  /** Told after each key generated (filled() waits on them). */
  #generatedListeners: Array<() => void> = [];
  #generating = false;

  constructor(
    readonly size = KEY_POOL_SIZE,
    readonly generate: () => Promise<SigningKey> = generateSigningKey,
    stock: readonly JWK[] = [],
  ) {
    this.#stock = [...stock];
  }

  /** Keys ready to be taken now. */
  get readyCount(): number {
    return this.#stock.length + this.#ready.length;
  }

  /** Starts filling the pool (at start-up, and whenever a key is taken), without waiting for it. */
  warm(): void {
    if (this.#generating || this.readyCount - this.#takers.length >= this.size) return;
    this.#generating = true;
    void this.generate().then(
      (key) => this.#generated(key),
      (error: unknown) => {
        // Not expected (WebCrypto's RSA generation has no input to refuse); say so rather than hang silently.
        this.#generating = false;
        console.error('mock: generating a signing key failed:', error);
      },
    );
  }

  /** A key of its own for one tenant: from the pool when one is ready, else the next one generated. */
  take(): Promise<SigningKey> {
    const stocked = this.#stock.shift();
    if (stocked) {
      this.warm();
      return stockedSigningKey(stocked);
    }
    const key = this.#ready.shift();
    const taken = key
      ? Promise.resolve(key)
      : new Promise<SigningKey>((resolve) => this.#takers.push(resolve));
    this.warm();
    return taken;
  }

  /** Resolves once the pool holds `size` keys (tests and scripts that measure without generation). */
  async filled(): Promise<void> {
    while (this.readyCount < this.size) {
      const generated = new Promise<void>((resolve) => this.#generatedListeners.push(resolve));
      this.warm();
      await generated;
    }
  }

  #generated(key: SigningKey): void {
    this.#generating = false;
    const taker = this.#takers.shift();
    if (taker) taker(key);
    else this.#ready.push(key);
    const listeners = this.#generatedListeners;
    this.#generatedListeners = [];
    for (const listener of listeners) listener();
    this.warm();
  }
}

/** The process's pool: every registry's tenants take from it, the machine's stock first. */
export const signingKeys = new SigningKeyPool(KEY_POOL_SIZE, generateSigningKey, readKeyStock());
