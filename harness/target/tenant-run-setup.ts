/**
 * Playwright's global setup for TARGET=tenant, run once before any test: the `.env` is read and checked (a
 * missing or malformed setting stops the run here, in one sentence, not once per scenario), the tenant is
 * reached, and what a crashed earlier run left on it is swept away.
 */
import { sweepLeftovers } from '../provision/sweep-leftovers.ts';
import { realTenant } from './real-tenant.ts';
import { explainTenantFailure } from './tenant-failure.ts';

/** An error Playwright prints as its sentence alone: a stack would point into the harness, not at `.env`. */
function sentence(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

export default async function tenantRunSetup(): Promise<void> {
  let tenant;
  try {
    tenant = realTenant();
  } catch (error) {
    throw sentence((error as Error).message);
  }
  let swept;
  try {
    swept = await sweepLeftovers(tenant.management);
  } catch (error) {
    throw sentence(explainTenantFailure(error, tenant.domain));
  }
  const found = Object.entries(swept).filter(([, count]) => count > 0);
  if (found.length > 0) {
    const list = found.map(([kind, count]) => `${count} ${kind}`).join(', ');
    console.log(`${tenant.domain}: removed what an earlier run left behind (${list}).`);
  }
}
