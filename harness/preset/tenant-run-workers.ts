// How many workers a tenant run has: one per tenant of the run (harness/target/run-tenants.ts), chosen here,
// in Playwright's main process, where `--shard` is on the command line; the names go to the global setup and
// the workers in MFA_RUN_TENANTS. The workers load the config too: they keep what the main process chose.
import { RUN_TENANTS, shardOnCommandLine, tenantsOfShard, type Shard } from '../target/run-tenants.ts';
import { readTenantSettings } from '../target/tenant-settings.ts';

export function tenantRunWorkers(configShard?: Shard | null): number {
  if (process.env.TEST_WORKER_INDEX) return (process.env[RUN_TENANTS] ?? '').split(',').length;
  try {
    const shard = configShard ?? shardOnCommandLine(process.argv);
    const { tenants } = tenantsOfShard(readTenantSettings(), shard);
    process.env[RUN_TENANTS] = tenants.map((t) => t.name).join(',');
    return tenants.length;
  } catch {
    // A malformed `.env` stops the run in the global setup, in one sentence (tenant-run-setup.ts).
    return 1;
  }
}
