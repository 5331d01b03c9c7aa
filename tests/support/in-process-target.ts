/**
 * A TargetTenant on the in-process mock: the official auth0 SDK, given a fetch that hands each request to
 * the mock's router without a socket, so provisioning and its cleanup run as they do against a tenant.
 */
import { randomBytes } from 'node:crypto';
import { mockTargetAt } from '../../harness/target/mock-target.ts';
import type { TargetTenant } from '../../harness/target/target.ts';
import type { InProcessMock } from './in-process-mock.ts';

function parseBody(text: string, type: string): Record<string, unknown> {
  if (!text) return {};
  if (type.includes('json')) return JSON.parse(text) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(text));
}

/** A fetch that hands each request to `mock`'s router in-process (no socket), as the target's SDK sends it. */
export function inProcessFetch(mock: InProcessMock): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const rawBody = await request.text();
    const response = await mock.router.handle({
      method: request.method,
      host: url.host,
      // The SDK speaks https; the harness's local fetch sends it to the mock's HTTP listener (local-fetch.ts).
      origin: `http://${url.host}`,
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(request.headers),
      cookies: {},
      body: parseBody(rawBody, request.headers.get('content-type') ?? ''),
      rawBody,
      ip: '127.0.0.1',
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers))
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    const empty = response.status === 204 || response.body === '';
    return new Response(empty ? null : response.body, { status: response.status, headers });
  };
}

/** A fresh tenant of `mock`, driven through the Management API as the harness drives any target. */
export function inProcessTarget(mock: InProcessMock, fetch = inProcessFetch(mock)): TargetTenant {
  return mockTargetAt({ domain: inProcessDomain(), scheme: 'http', fetch, logDelayMs: 0 });
}

/** A fresh tenant's host on the in-process mock. */
export function inProcessDomain(): string {
  return `p-${randomBytes(5).toString('hex')}.localhost:4010`;
}
