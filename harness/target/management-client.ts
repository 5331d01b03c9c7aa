import { ManagementClient } from 'auth0';
import { ManagementPacing } from './management-pacing.ts';

/**
 * How often the official SDK retries a call the tenant answered 429 (or 408, or 5xx): it waits for the
 * `x-ratelimit-reset` the answer names (else backs off from one second, doubling), at most a minute a try.
 */
export const MANAGEMENT_RETRIES = 5;

/**
 * The official SDK's Management API client, as every target gets it: the SDK's retries, and the harness's
 * own pacing in front of `fetch` (Node's own for a real tenant, the loopback one for the mock's tenants).
 * `pacing` is returned too, so a report or a test can read how many calls were refused and held.
 */
export function managementClient(options: {
  domain: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  telemetry?: boolean;
}): { management: ManagementClient; pacing: ManagementPacing } {
  const { fetch: inner = fetch, ...credentials } = options;
  const pacing = new ManagementPacing(inner);
  const management = new ManagementClient({
    ...credentials,
    maxRetries: MANAGEMENT_RETRIES,
    fetch: pacing.fetch,
  });
  return { management, pacing };
}
