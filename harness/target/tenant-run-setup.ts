/**
 * Playwright's global setup for TARGET=tenant, run once before any test: the `.env` is read and checked (a
 * missing or malformed setting stops the run here, in one sentence, not once per scenario), the tenant is
 * reached, and what a crashed earlier run left on it is swept away.
 */
import { sentenceError } from '../sentence-error.ts';
import { sweepLeftovers } from '../provision/sweep-leftovers.ts';
import { realTenant } from './real-tenant.ts';
import { explainTenantFailure } from './tenant-failure.ts';

export default async function tenantRunSetup(): Promise<void> {
  let tenant;
  try {
    tenant = realTenant();
  } catch (error) {
    throw sentenceError((error as Error).message);
  }
  let swept;
  try {
    swept = await sweepLeftovers(tenant.management);
  } catch (error) {
    throw sentenceError(explainTenantFailure(error, tenant.domain));
  }
  const found = Object.entries(swept).filter(([, count]) => count > 0);
  if (found.length > 0) {
    const list = found.map(([kind, count]) => `${count} ${kind}`).join(', ');
    console.log(`${tenant.domain}: removed what an earlier run left behind (${list}).`);
  }
}
