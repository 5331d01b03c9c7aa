import { MOCK_LOG_DELAY_MS } from '../config.ts';
import { json } from '../http/response.ts';
import type { LogEntry } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { MockServices } from '../services.ts';
import { listResponse, managementError, notFound } from './management-errors.ts';
import { luceneQuery } from './lucene-query.ts';
import { managementRoute } from './management-route.ts';

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
        // Checkpoint paging: the entries after `from`, and a Link to the next page from the last one read.
        const take = Math.min(Number(req.query.get('take') ?? 50), 100);
        const entries = indexed(tenant)
          .filter((e) => e.log_id > from)
          .slice(0, take);
        const last = entries.at(-1)?.log_id ?? from;
        const next = `${tenant.origin}/api/v2/logs?from=${encodeURIComponent(last)}&take=${take}`;
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
