/**
 * /api/v2/user-blocks (docs/decisions/0047): the IPs brute-force protection blocks a user from, by user id or
 * by identifier (the email), listed as `{ blocked_for: [{ identifier, ip, connection }] }`, and their removal,
 * which also ends a lock of the user's MFA after too many wrong codes.
 */
import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { findUserByEmail } from '../tenants/users.ts';
import { blocksOf, unblockUser } from '../attack-protection/brute-force.ts';
import { managementError, notFound } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

const NO_CONTENT: MockResponse = { status: 204, headers: {}, body: '' };

function blockedFor(tenant: Tenant, userId: string): MockResponse {
  const blocked = blocksOf(tenant, userId).map(({ identifier, ip, connection }) => ({
    identifier,
    ip,
    connection,
  }));
  return json({ blocked_for: blocked });
}

function unblock(tenant: Tenant, userId: string): MockResponse {
  unblockUser(tenant, userId);
  const user = tenant.users.get(userId);
  if (user) user.mfaFailures = 0;
  return NO_CONTENT;
}

/** The user an `identifier` query names, or the 400 Auth0 answers without one. */
function byIdentifier(tenant: Tenant, query: URLSearchParams): { userId?: string } | MockResponse {
  const identifier = query.get('identifier');
  if (!identifier)
    return managementError(
      400,
      "Query validation error: 'Missing required property: identifier'",
      'invalid_query_string',
    );
  return { userId: findUserByEmail(tenant, identifier)?.user_id };
}

export function userBlockRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/user-blocks/:id', 'read:users', (tenant, _req, { id = '' }) =>
      tenant.users.has(id) ? blockedFor(tenant, id) : notFound('user', 'inexistent_user'),
    ),
    managementRoute(services, 'DELETE', '/user-blocks/:id', 'update:users', (tenant, _req, { id = '' }) =>
      tenant.users.has(id) ? unblock(tenant, id) : notFound('user', 'inexistent_user'),
    ),
    managementRoute(services, 'GET', '/user-blocks', 'read:users', (tenant, req) => {
      const found = byIdentifier(tenant, req.query);
      if ('status' in found) return found;
      return found.userId ? blockedFor(tenant, found.userId) : json({ blocked_for: [] });
    }),
    managementRoute(services, 'DELETE', '/user-blocks', 'update:users', (tenant, req) => {
      const found = byIdentifier(tenant, req.query);
      if ('status' in found) return found;
      return found.userId ? unblock(tenant, found.userId) : NO_CONTENT;
    }),
  ];
}
