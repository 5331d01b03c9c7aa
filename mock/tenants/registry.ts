import { Tenant } from './tenant.ts';

/**
 * Tenants by origin, created on first use. A request to `http://acme.localhost:4010` and one to
 * `http://ACME.localhost:4010` share a tenant; `http://localhost:4010` and `https://localhost:4443` are tenants
 * too (for tools that cannot resolve `*.localhost`, and for poking with a browser).
 */
export class TenantRegistry {
  readonly #tenants = new Map<string, Promise<Tenant>>();

  get(origin: string): Promise<Tenant> {
    const key = origin.toLowerCase();
    let tenant = this.#tenants.get(key);
    if (!tenant) {
      tenant = Tenant.create(key);
      this.#tenants.set(key, tenant);
    }
    return tenant;
  }

  get size(): number {
    return this.#tenants.size;
  }
}
