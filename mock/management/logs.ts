import { MOCK_LOG_DELAY_MS } from '../config.ts';
import { json } from '../http/response.ts';
import type { LogEntry } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { MockServices } from '../services.ts';
import { listResponse, managementError, notFound } from './management-errors.ts';
import { luceneQuery } from './lucene-query.ts';
import { managementRoute } from './management-route.ts';
import { compareLogIds } from '../logs/log-ids.ts';

/** Auth0's most entries per checkpoint page (`take`), and what it gives without one. */
export const MAX_TAKE = 100;
const DEFAULT_TAKE = 50;

/** The entries a reader sees now: the newest MOCK_LOG_DELAY_MS of them are still being indexed. */
function indexed(tenant: Tenant): LogEntry[] {
  if (MOCK_LOG_DELAY_MS === 0) return tenant.logs;
  const until = Date.now() - MOCK_LOG_DELAY_MS;
  return tenant.logs.filter((e) => Date.parse(e.date) <= until);
}

/** GET /api/v2/logs: search (`q`, or `search` as the v7 SDK names it) or checkpoint (`from`, `take`). */
export function logRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/logs', ['read:logs', 'read:logs_users'], (tenant, req) => {
      const from = req.query.get('from');
      if (from) {
        // Checkpoint paging: every other parameter is ignored; the entries after `from` in log_id order
        // (not date order: an entry indexed late is not skipped), at most `take` (100 at most), and a Link
        // to the next page from the last one read, or to this same page when there was nothing new.
        const rawTake = req.query.get('take');
        const take = rawTake === null ? DEFAULT_TAKE : Number(rawTake);
        if (!Number.isInteger(take) || take < 1) {
          return managementError(
            400,
            `Query validation error: take must be a whole number from 1 to ${MAX_TAKE}, got "${rawTake}".`,
            'invalid_query_string',
          );
        }
        const page = Math.min(take, MAX_TAKE);
        const entries = indexed(tenant)
          .filter((e) => compareLogIds(e.log_id, from) > 0)
          .sort((a, b) => compareLogIds(a.log_id, b.log_id))
          .slice(0, page);
        const last = entries.at(-1)?.log_id ?? from;
        const next = `${tenant.origin}/api/v2/logs?from=${encodeURIComponent(last)}&take=${page}`;
        return json(entries, 200, { link: `<${next}>; rel="next"` });
      }
      let matches: ReturnType<typeof luceneQuery>;
      try {
        matches = luceneQuery(req.query.get('q') ?? req.query.get('search') ?? '');
      } catch (error) {
        return managementError(
          400,
          `Query validation error: ${(error as Error).message}.`,
          'invalid_query_string',
        );
      }
      const entries = indexed(tenant).filter((e) => matches(e as unknown as Record<string, unknown>));
      const ascending = req.query.get('sort') === 'date:1';
      return listResponse('logs', ascending ? entries : [...entries].reverse(), req.query);
    }),
    managementRoute(
      services,
      'GET',
      '/logs/:id',
      ['read:logs', 'read:logs_users'],
      (tenant, _req, { id }) => {
        const entry = indexed(tenant).find((e) => e.log_id === id);
        return entry ? json(entry) : notFound('log event');
      },
    ),
  ];
}
