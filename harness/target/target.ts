import type { ManagementClient } from 'auth0';
import type { ManagementPacing } from './management-pacing.ts';

/**
 * Where a scenario runs: the embedded mock (a fresh tenant per scenario) or a real tenant (from `.env`).
 * Both are driven the same way — a browser origin, a login application and the official Management API
 * client — so page objects and provisioning never ask which one they have.
 */
export interface TargetTenant {
  kind: 'mock' | 'tenant';
  /** `acme.localhost:4010`, or `dev-xyz.eu.auth0.com` */
  domain: string;
  /** What the browser opens: `http://acme.localhost:4010`, or `https://dev-xyz.eu.auth0.com` */
  origin: string;
  loginClientId: string;
  /**
   * The login application's callback, never served (the browser answers it: callback-page.ts): on a real
   * tenant `http://localhost:4020/callback`, which its Allowed Callback URLs must list; on the mock the
   * tenant's own host name, port 4020, which is the same site, so Chromium keeps the page's renderer
   * instead of starting another for the last page (about 45 ms of CPU a scenario).
   */
  callbackUrl: string;
  connection: string;
  /** The official SDK's client: its retries for 429s, and the harness's pacing in front of it. */
  management: ManagementClient;
  /** What the pacing saw: the 429s the tenant answered, the calls that waited for its budget. */
  pacing: ManagementPacing;
  /** fetch for the harness's own calls to the tenant (token exchange, JWKS). */
  fetch: typeof fetch;
  /** How long log entries may take to appear (real tenants write them with a delay). */
  logDelayMs: number;
}
