import { Tenant } from './tenant.ts';

/**
 * Tenants by host, created on first use. A request to `acme.localhost:4010` and one to
 * `ACME.localhost:4010` share a tenant; `localhost:4010` is a tenant too (handy for poking with a browser).
 */
export class TenantRegistry {
  readonly #tenants = new Map<string, Promise<Tenant>>();

  get(host: string): Promise<Tenant> {
    const key = host.toLowerCase();
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
