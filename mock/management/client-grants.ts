/**
 * Client grants (`/api/v2/client-grants`): an application's access to an API, with its scopes.
 * - create needs an existing application (`client_id`), an existing API (`audience`, its identifier) and
 *   `scope`; a second grant of the same application to the same API answers 409
 * - the application and the API cannot change; lists filter by `audience` and `client_id`
 */
import { collectionScopes } from './management-scopes.ts';
import type { MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { ClientGrant } from '../tenants/model.ts';
import { alnum } from '../tenants/ids.ts';
import { collectionRoutes, conflict, type Collection } from './api-collection.ts';
import { invalidBody, notFound, requireString } from './management-errors.ts';

function createGrant(tenant: Tenant, body: Record<string, unknown>): ClientGrant | MockResponse {
  const clientId = requireString(body, 'client_id');
  if (typeof clientId !== 'string') return clientId;
  const audience = requireString(body, 'audience');
  if (typeof audience !== 'string') return audience;
  if (!Array.isArray(body.scope) || body.scope.some((s) => typeof s !== 'string'))
    return invalidBody('Missing required property: scope');
  if (!tenant.clients.has(clientId)) return notFound('client', 'inexistent_client');
  if (![...tenant.resourceServers.values()].some((rs) => rs.identifier === audience))
    return notFound('resource server', 'inexistent_resource_server');
  const existing = [...tenant.clientGrants.values()];
  if (existing.some((g) => g.client_id === clientId && g.audience === audience))
    return conflict('A client grant for this client and audience already exists.', 'client_grant_conflict');
  return { ...body, id: `cgr_${alnum(16)}`, client_id: clientId, audience, scope: body.scope as string[] };
}

const CLIENT_GRANTS: Collection<ClientGrant> = {
  path: '/client-grants',
  scopes: collectionScopes('client_grants'),
  noun: 'client grant',
  listKey: 'client_grants',
  items: (tenant) => tenant.clientGrants,
  create: createGrant,
  immutable: ['id', 'client_id', 'audience', 'subject_type', 'is_system', 'default_for'],
  matches: (grant, query) =>
    (!query.has('audience') || query.get('audience') === grant.audience) &&
    (!query.has('client_id') || query.get('client_id') === grant.client_id),
};

export function clientGrantRoutes(services: MockServices) {
  return collectionRoutes(services, CLIENT_GRANTS, 'id');
}
