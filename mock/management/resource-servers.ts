/**
 * APIs (`/api/v2/resource-servers`):
 * - create needs an identifier (unique: a second one answers 409); the name defaults to it
 * - one is found by its id or by its identifier, as Auth0 finds it
 * - the identifier cannot change; the Management API itself (`is_system`) cannot be changed or deleted
 */
import { collectionScopes } from './management-scopes.ts';
import type { MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { ResourceServer } from '../tenants/model.ts';
import { hex } from '../tenants/ids.ts';
import { collectionRoutes, conflict, type Collection } from './api-collection.ts';
import { managementError, requireString } from './management-errors.ts';

function byIdentifier(tenant: Tenant, identifier: string): ResourceServer | undefined {
  return [...tenant.resourceServers.values()].find((rs) => rs.identifier === identifier);
}

function createResourceServer(tenant: Tenant, body: Record<string, unknown>): ResourceServer | MockResponse {
  const identifier = requireString(body, 'identifier');
  if (typeof identifier !== 'string') return identifier;
  if (byIdentifier(tenant, identifier))
    return conflict('A resource server with the same identifier already exists', 'operation_not_supported');
  return {
    signing_alg: 'RS256',
    token_lifetime: 86400,
    token_lifetime_for_web: 7200,
    allow_offline_access: false,
    skip_consent_for_verifiable_first_party_clients: true,
    scopes: [],
    ...body,
    name: typeof body.name === 'string' ? body.name : identifier,
    identifier,
    id: hex(12),
  };
}

const RESOURCE_SERVERS: Collection<ResourceServer> = {
  path: '/resource-servers',
  scopes: collectionScopes('resource_servers'),
  noun: 'resource server',
  listKey: 'resource_servers',
  items: (tenant) => tenant.resourceServers,
  create: createResourceServer,
  find: byIdentifier,
  immutable: ['id', 'identifier', 'is_system'],
  locked: (rs) =>
    rs.is_system
      ? managementError(
          403,
          'A system resource server cannot be changed or deleted.',
          'operation_not_supported',
        )
      : undefined,
  deleted: (tenant, rs) => {
    for (const [id, grant] of tenant.clientGrants)
      if (grant.audience === rs.identifier) tenant.clientGrants.delete(id);
  },
};

export function resourceServerRoutes(services: MockServices) {
  return collectionRoutes(services, RESOURCE_SERVERS, 'id');
}
