/**
 * Playwright's global setup for TARGET=tenant, run once before any test: `.env` is read and checked (a
 * missing or malformed setting, or a malformed tenant list, stops the run here, in one sentence, not once
 * per scenario), the run's tenants are chosen for its shard, each is reached, and what a crashed earlier run
 * left on each is swept away.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { ENV_FILE, PROJECT_ROOT } from '../config.ts';
import { sentenceError } from '../sentence-error.ts';
import { sweepLeftovers } from '../provision/sweep-leftovers.ts';
import { realTenant } from './real-tenant.ts';
import { RUN_TENANTS, tenantsOfShard, type RunTenants } from './run-tenants.ts';
import { explainTenantFailure } from './tenant-failure.ts';
import { readTenantSettings, settingsSuffix } from './tenant-settings.ts';

/**
 * A setting missing because the settings file itself is: the sentence names the file to write (a setting
 * missing from a file that exists, or from CI's environment, is named on its own).
 */
function missingFile(message: string): string {
  const setting = /^(\S+) is not set:/.exec(message)?.[1];
  if (setting === undefined || existsSync(ENV_FILE)) return message;
  // `.env` inside the project, as a person names it; a file elsewhere by its own path.
  const inProject = relative(PROJECT_ROOT, ENV_FILE);
  const file = inProject.startsWith('..') ? ENV_FILE : inProject;
  return (
    `${setting} is not set and there is no ${file}: copy .env.example to ${file} and fill it in ` +
    '(or set ENV_FILE to your settings file).'
  );
}

function chooseTenants(config: FullConfig): RunTenants {
  try {
    return tenantsOfShard(readTenantSettings(), config.shard);
  } catch (error) {
    throw sentenceError(missingFile((error as Error).message));
  }
}

export default async function tenantRunSetup(config: FullConfig): Promise<void> {
  const { tenants, sharedWithOtherShards } = chooseTenants(config);
  if (config.workers > tenants.length) {
    throw sentenceError(
      `${config.workers} workers would run ${config.workers} scenarios at once on ${tenants.length} tenant(s): ` +
        `drop --workers (a tenant run has one worker per tenant) or list more tenants in AUTH0_TENANTS.`,
    );
  }
  process.env[RUN_TENANTS] = tenants.map((t) => t.name).join(',');
  if (sharedWithOtherShards && config.shard) {
    console.log(
      `Shard ${config.shard.current}/${config.shard.total} uses every tenant (${tenants.length} for ` +
        `${config.shard.total} shards): run the shards one at a time, or list one tenant per shard.`,
    );
  }
  // Each tenant on its own, at once; every sweep settles before the first failure is told.
  const results = await Promise.allSettled(
    tenants.map(async (settings) => {
      const tenant = realTenant(settings);
      try {
        return { domain: tenant.domain, swept: await sweepLeftovers(tenant.management) };
      } catch (error) {
        throw sentenceError(explainTenantFailure(error, tenant.domain, settingsSuffix(settings.name)));
      }
    }),
  );
  for (const result of results) {
    if (result.status === 'rejected') throw result.reason as Error;
    const found = Object.entries(result.value.swept).filter(([, count]) => count > 0);
    if (found.length > 0) {
      const list = found.map(([kind, count]) => `${count} ${kind}`).join(', ');
      console.log(`${result.value.domain}: removed what an earlier run left behind (${list}).`);
    }
  }
}
