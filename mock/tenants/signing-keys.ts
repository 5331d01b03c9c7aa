/**
 * Tenants' RSA signing keys, generated ahead of need (docs/decisions/0053). An RSA-2048 key takes 0.1-1 s of
 * CPU; a tenant's first token request used to wait for its key, and every Host header, junk too, cost one.
 * - a tenant takes its key on first need (a token, the JWKS), not when it is created
 * - the key comes from a small pool that refills itself in the background, one key at a time, off the
 *   event loop (WebCrypto generates on libuv's thread pool): a taker waits only when the pool is empty
 * - each key is used once: every tenant has its own, with a kid of its own (its JWK thumbprint)
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/** Keys kept ready: more than the tenants a few parallel scenarios start while one key is generated. */
export const KEY_POOL_SIZE = 4;

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

export class SigningKeyPool {
  readonly #ready: SigningKey[] = [];
  /** Tenants waiting for a key, first come first served. */
  readonly #takers: Array<(key: SigningKey) => void> = [];
  /** Told after each key generated (filled() waits on them). */
  #generatedListeners: Array<() => void> = [];
  #generating = false;

  constructor(
    readonly size = KEY_POOL_SIZE,
    readonly generate: () => Promise<SigningKey> = generateSigningKey,
  ) {}

  /** Keys ready to be taken now. */
  get readyCount(): number {
    return this.#ready.length;
  }

  /** Starts filling the pool (at start-up, and whenever a key is taken), without waiting for it. */
  warm(): void {
    if (this.#generating || this.#ready.length - this.#takers.length >= this.size) return;
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
    const key = this.#ready.shift();
    const taken = key
      ? Promise.resolve(key)
      : new Promise<SigningKey>((resolve) => this.#takers.push(resolve));
    this.warm();
    return taken;
  }

  /** Resolves once the pool holds `size` keys (tests and scripts that measure without generation). */
  async filled(): Promise<void> {
    while (this.#ready.length < this.size) {
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

/** The process's pool: every registry's tenants take from it. */
export const signingKeys = new SigningKeyPool();
