import { json } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import { listResponse, managementError, notFound } from './management-errors.ts';
import { logQuery } from './log-query.ts';
import { managementRoute } from './management-route.ts';

/** GET /api/v2/logs: search (`q`, or `search` as the v7 SDK names it) or checkpoint (`from`, `take`). */
export function logRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/logs', ['read:logs', 'read:logs_users'], (tenant, req) => {
      const from = req.query.get('from');
      if (from) {
        // Checkpoint paging: the entries after `from`, and a Link to the next page from the last one read.
        const take = Math.min(Number(req.query.get('take') ?? 50), 100);
        const entries = tenant.logs.filter((e) => e.log_id > from).slice(0, take);
        const last = entries.at(-1)?.log_id ?? from;
        const next = `${tenant.origin}/api/v2/logs?from=${encodeURIComponent(last)}&take=${take}`;
        return json(entries, 200, { link: `<${next}>; rel="next"` });
      }
      let matches: ReturnType<typeof logQuery>;
      try {
        matches = logQuery(req.query.get('q') ?? req.query.get('search') ?? '');
      } catch (error) {
        return managementError(
          400,
          `Query validation error: ${(error as Error).message}.`,
          'invalid_query_string',
        );
      }
      const entries = tenant.logs.filter((e) => matches(e as unknown as Record<string, unknown>));
      const ascending = req.query.get('sort') === 'date:1';
      return listResponse('logs', ascending ? entries : [...entries].reverse(), req.query);
    }),
    managementRoute(
      services,
      'GET',
      '/logs/:id',
      ['read:logs', 'read:logs_users'],
      (tenant, _req, { id }) => {
        const entry = tenant.logs.find((e) => e.log_id === id);
        return entry ? json(entry) : notFound('log event');
      },
    ),
  ];
}
