import { forgetTenantClock, inTenantClock, mockWideNow } from '../clock.ts';
import { MOCK_MGMT_RATE_LIMIT, MOCK_TENANT_IDLE_MS } from '../config.ts';
import { sweepExpired } from './expiry.ts';
import { signingKeys, type SigningKeyPool } from './signing-keys.ts';
import { Tenant } from './tenant.ts';

export interface TenantRegistryOptions {
  /** A tenant no request has reached for this long is freed (default `MOCK_TENANT_IDLE_MS`). */
  idleMs?: number;
  /** How often expired entries are swept and idle tenants freed (default a minute; 0: only when asked). */
  sweepEveryMs?: number;
  /** Where tenants take their signing keys (default the process's pool). */
  keys?: SigningKeyPool;
  /** Each tenant's Management API requests a second (default `MOCK_MGMT_RATE_LIMIT`; 0: no limit). */
  managementRateLimit?: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Tenants by origin, created on first use. A request to `http://acme.localhost:4010` and one to
 * `http://ACME.localhost:4010` share a tenant; `http://localhost:4010` and `https://localhost:4443` are tenants
 * too (for tools that cannot resolve `*.localhost`, and for poking with a browser).
 * - creating a tenant is cheap (no key, no worker), so a junk Host header costs a few objects
 * - every minute (an unref'd timer, so it never keeps the process alive) each tenant's expired entries are
 *   swept (expiry.ts) and a tenant idle for `idleMs` is freed: its `onFree` listeners run (the Actions
 *   worker ends), and its origin's next request gets a fresh tenant (docs/decisions/0052)
 */
export class TenantRegistry {
  readonly idleMs: number;
  readonly #keys: SigningKeyPool;
  readonly #managementRateLimit: number;
  readonly #tenants = new Map<string, { tenant: Tenant; lastUsed: number }>();
  readonly #freeListeners: Array<(tenant: Tenant) => void> = [];
  readonly #timer: NodeJS.Timeout | undefined;

  constructor(options: TenantRegistryOptions = {}) {
    this.idleMs = options.idleMs ?? MOCK_TENANT_IDLE_MS;
    this.#keys = options.keys ?? signingKeys;
    this.#managementRateLimit = options.managementRateLimit ?? MOCK_MGMT_RATE_LIMIT;
    // Keys are ready before the first tenant's first token request (a no-op once the pool is full).
    this.#keys.warm();
    const every = options.sweepEveryMs ?? SWEEP_EVERY_MS;
    if (every > 0) {
      this.#timer = setInterval(() => this.sweep(), every);
      this.#timer.unref();
    }
  }

  /** The tenant of `origin`, created if it has none; each call counts as a use of it. */
  get(origin: string): Promise<Tenant> {
    const key = origin.toLowerCase();
    let entry = this.#tenants.get(key);
    if (!entry) {
      entry = { tenant: new Tenant(key, this.#keys, this.#managementRateLimit), lastUsed: mockWideNow() };
      this.#tenants.set(key, entry);
    }
    entry.lastUsed = mockWideNow();
    return Promise.resolve(entry.tenant);
  }

  get size(): number {
    return this.#tenants.size;
  }

  /** Runs `listener` with each tenant freed for idleness (the Actions runner ends its worker). */
  onFree(listener: (tenant: Tenant) => void): void {
    this.#freeListeners.push(listener);
  }

  /** Frees the tenants idle for `idleMs`, and sweeps the expired entries of the others. */
  sweep(at = mockWideNow()): void {
    for (const [origin, { tenant, lastUsed }] of this.#tenants) {
      if (at - lastUsed < this.idleMs) {
        sweepExpired(tenant, inTenantClock(origin, at));
        continue;
      }
      this.#tenants.delete(origin);
      forgetTenantClock(origin);
      for (const listener of this.#freeListeners) listener(tenant);
    }
  }

  /** Stops the periodic sweep (a test's registry, or the mock shutting down). */
  close(): void {
    clearInterval(this.#timer);
  }
}
