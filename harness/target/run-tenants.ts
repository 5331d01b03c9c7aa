/**
 * Which of `.env`'s tenants this run uses, and which one each worker holds (docs/decisions/0070):
 * - without `--shard`, every tenant; with `--shard=i/N` and at least N tenants, shard i takes the tenants at
 *   positions i, i+N, i+2N… of the list, so shards running at once never share one; with fewer tenants than
 *   shards, every shard uses every tenant and the shards must take turns (the workflow's max-parallel: 1);
 * - the run has one worker per tenant, and the worker of parallelIndex k holds the run's tenant k:
 *   parallelIndex is unique among the workers running at once, so a tenant never has two scenarios at once.
 * The preset chooses in Playwright's main process and hands the names to the global setup and the workers in
 * MFA_RUN_TENANTS (workers inherit the environment, and have no command line to read `--shard` from).
 */
import { sentenceError } from '../sentence-error.ts';
import { readTenantSettings, type TenantSettings } from './tenant-settings.ts';

export interface Shard {
  current: number;
  total: number;
}

export interface RunTenants {
  tenants: TenantSettings[];
  /** Fewer tenants than shards: this shard shares its tenants with the others, which must not run at once. */
  sharedWithOtherShards: boolean;
}

/** Where the preset leaves the run's tenant names for the global setup and the workers. */
export const RUN_TENANTS = 'MFA_RUN_TENANTS';

/** `--shard=2/3` or `--shard 2/3` on Playwright's command line. */
export function shardOnCommandLine(argv: readonly string[]): Shard | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--shard') value = argv[i + 1];
    else if (arg.startsWith('--shard=')) value = arg.slice('--shard='.length);
  });
  const match = value === undefined ? null : /^(\d+)\/(\d+)$/.exec(value);
  if (!match) return undefined;
  return { current: Number(match[1]), total: Number(match[2]) };
}

/** The tenants of shard `shard` (all of them without one). */
export function tenantsOfShard(all: TenantSettings[], shard?: Shard | null): RunTenants {
  if (!shard || shard.total <= 1) return { tenants: all, sharedWithOtherShards: false };
  if (all.length < shard.total) return { tenants: all, sharedWithOtherShards: true };
  return {
    tenants: all.filter((_, i) => i % shard.total === shard.current - 1),
    sharedWithOtherShards: false,
  };
}

/** The tenant the worker of `parallelIndex` holds, from the names the preset chose. */
export function tenantOfWorker(parallelIndex: number, env: Record<string, string | undefined> = process.env) {
  const names = (env[RUN_TENANTS] ?? '').split(',').filter(Boolean);
  const all = readTenantSettings(env);
  const chosen = names.length > 0 ? names.map((name) => all.find((t) => t.name === name)) : all;
  const tenant = chosen[parallelIndex];
  if (!tenant) {
    throw sentenceError(
      `Worker ${parallelIndex + 1} has no tenant of its own: this run has ${chosen.length} tenant(s), so run it ` +
        `with at most ${chosen.length} worker(s) (drop --workers), or list more tenants in AUTH0_TENANTS.`,
    );
  }
  return tenant;
}
