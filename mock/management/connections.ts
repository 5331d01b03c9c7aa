/**
 * Connections (`/api/v2/connections`) and the applications each is enabled for:
 * - create needs a name (unique: a second one answers 409) and a strategy; `options` is replaced whole on
 *   PATCH, as Auth0 does, and `name` and `strategy` cannot change
 * - lists filter by `strategy` and `name`; a connection is enabled for applications through
 *   `/connections/{id}/clients` (GET pages by checkpoint, PATCH takes `[{ client_id, status }]`)
 */
import { collectionScopes } from './management-scopes.ts';
import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Connection } from '../tenants/model.ts';
import { alnum } from '../tenants/ids.ts';
import { collectionRoutes, conflict, listItems, type Collection } from './api-collection.ts';
import { invalidBody, notFound, requireString } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

function createConnection(tenant: Tenant, body: Record<string, unknown>): Connection | MockResponse {
  const name = requireString(body, 'name');
  if (typeof name !== 'string') return name;
  const strategy = requireString(body, 'strategy');
  if (typeof strategy !== 'string') return strategy;
  if (tenant.connectionNamed(name))
    return conflict('A connection with the same name already exists', 'connection_conflict');
  const { enabled_clients: enabled, ...fields } = body;
  const connection: Connection = {
    is_domain_connection: false,
    realms: [name],
    ...fields,
    id: `con_${alnum(16)}`,
    name,
    strategy,
    options: (body.options as Record<string, unknown> | undefined) ?? {},
  };
  const clients = Array.isArray(enabled) ? enabled.filter((c): c is string => typeof c === 'string') : [];
  tenant.connectionClients.set(connection.id, new Set(clients));
  return connection;
}

const CONNECTIONS: Collection<Connection> = {
  path: '/connections',
  scopes: collectionScopes('connections'),
  noun: 'connection',
  notFoundCode: 'inexistent_connection',
  listKey: 'connections',
  items: (tenant) => tenant.connections,
  create: createConnection,
  immutable: ['id', 'name', 'strategy'],
  matches: (connection, query) =>
    (!query.has('strategy') || query.getAll('strategy').includes(connection.strategy)) &&
    (!query.has('name') || query.get('name') === connection.name),
  deleted: (tenant, connection) => tenant.connectionClients.delete(connection.id),
};

function updateEnabledClients(enabled: Set<string>, body: unknown): MockResponse {
  const changes = Array.isArray(body)
    ? (body as Array<{ client_id?: unknown; status?: unknown }>)
    : undefined;
  const valid = changes?.every((c) => typeof c.client_id === 'string' && typeof c.status === 'boolean');
  if (!changes || !valid) return invalidBody('the body must be a list of { client_id, status }');
  for (const { client_id, status } of changes) {
    if (status) enabled.add(client_id as string);
    else enabled.delete(client_id as string);
  }
  return { status: 204, headers: {}, body: '' };
}

export function connectionRoutes(services: MockServices) {
  const enabledClients = (tenant: Tenant, id: string) => tenant.connectionClients.get(id);
  return [
    ...collectionRoutes(services, CONNECTIONS, 'id'),
    managementRoute(
      services,
      'GET',
      '/connections/:id/clients',
      'read:connections',
      (tenant, req, { id = '' }) => {
        const enabled = enabledClients(tenant, id);
        if (!enabled) return notFound('connection', 'inexistent_connection');
        const clients = [...enabled].map((client_id) => ({ client_id }));
        return listItems('clients', clients, (c) => c.client_id, withTake(req.query));
      },
    ),
    managementRoute(
      services,
      'PATCH',
      '/connections/:id/clients',
      'update:connections',
      (tenant, req, { id = '' }) => {
        const enabled = enabledClients(tenant, id);
        if (!enabled) return notFound('connection', 'inexistent_connection');
        return updateEnabledClients(enabled, JSON.parse(req.rawBody || 'null'));
      },
    ),
    // Directory provisioning (Google Workspace) is not modelled: no connection has it, as on a new tenant.
    managementRoute(services, 'GET', '/connections-directory-provisionings', 'read:connections', () =>
      json({ directory_provisionings: [] }),
    ),
  ];
}

/** This list pages by checkpoint only. */
function withTake(query: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(query);
  if (!copy.has('take')) copy.set('take', '50');
  return copy;
}
