import type { ManagementClient } from 'auth0';

/** A log entry as the Management API lists it (contract §4): the fields the harness reads. */
export interface TenantLogEntry {
  log_id: string;
  date: string;
  type: string;
  description?: string;
  user_id?: string;
}

/** The most entries Auth0 gives per checkpoint page (`take`). */
export const CHECKPOINT_TAKE = 100;

/** The `from` of the Link header's `rel="next"` URL, if it has one. */
export function nextCheckpoint(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match?.[1]) return new URL(match[1]).searchParams.get('from') ?? undefined;
  }
  return undefined;
}

/**
 * One checkpoint page: the entries after `from` in log_id order, at most `take`, and the checkpoint the Link
 * header names for the next page. The SDK has no `from`/`take` parameters of its own, so they go as extra
 * query parameters (Auth0 ignores every other parameter of a checkpoint request), and a checkpoint answers a
 * bare array, which the SDK's page keeps as its raw `response`.
 */
async function checkpointPage(
  management: ManagementClient,
  from: string,
  take: number,
): Promise<{ entries: TenantLogEntry[]; next: string }> {
  const page = await management.logs.list({}, { queryParams: { from, take } });
  const body: unknown = page.response;
  const entries = (Array.isArray(body) ? body : []) as TenantLogEntry[];
  const next = nextCheckpoint(page.rawResponse.headers.get('link')) ?? entries.at(-1)?.log_id ?? from;
  return { entries, next };
}

/**
 * Every entry the tenant has indexed after the checkpoint `from`, page after page until a page comes back
 * short (Auth0's way to export a log: `?from=<log_id>&take=100`, then each Link header's next page), and the
 * checkpoint to read on from next time.
 */
export async function readLogFrom(
  management: ManagementClient,
  from: string,
  take = CHECKPOINT_TAKE,
): Promise<{ entries: TenantLogEntry[]; checkpoint: string }> {
  const entries: TenantLogEntry[] = [];
  let checkpoint = from;
  for (;;) {
    const page = await checkpointPage(management, checkpoint, take);
    entries.push(...page.entries);
    const stalled = page.next === checkpoint;
    checkpoint = page.next;
    if (page.entries.length < take || stalled) return { entries, checkpoint };
  }
}
