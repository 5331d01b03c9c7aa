import { json } from '../http/response.ts';
import { asString } from '../http/as-string.ts';
import type { MockServices } from '../services.ts';
import type { LogEntry } from '../tenants/model.ts';
import { listResponse, notFound } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

/**
 * The subset of Auth0's log search syntax the harness uses: `field:value` or `field:"value"` terms joined
 * by AND, on type, user_id, client_id and user_name.
 */
export function matchesQuery(entry: LogEntry, q: string): boolean {
  const terms = q
    .split(/\s+AND\s+/i)
    .map((t) => t.trim())
    .filter(Boolean);
  return terms.every((term) => {
    const match = /^(\w+):"?(.*?)"?$/.exec(term);
    if (!match) return false;
    const [, name = '', value = ''] = match;
    const actual = (entry as unknown as Record<string, unknown>)[name];
    return asString(actual) === value.replace(/\\\|/g, '|');
  });
}

/** GET /api/v2/logs: search (`q`, or `search` as the v7 SDK names it) or checkpoint (`from`, `take`). */
export function logRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/logs', (tenant, req) => {
      const from = req.query.get('from');
      if (from) {
        const take = Math.min(Number(req.query.get('take') ?? 50), 100);
        return json(tenant.logs.filter((e) => e.log_id > from).slice(0, take));
      }
      const q = req.query.get('q') ?? req.query.get('search') ?? '';
      const entries = tenant.logs.filter((e) => !q || matchesQuery(e, q));
      const ascending = req.query.get('sort') === 'date:1';
      return listResponse('logs', ascending ? entries : [...entries].reverse(), req.query);
    }),
    managementRoute(services, 'GET', '/logs/:id', (tenant, _req, { id }) => {
      const entry = tenant.logs.find((e) => e.log_id === id);
      return entry ? json(entry) : notFound('log event');
    }),
  ];
}
