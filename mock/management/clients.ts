/**
 * Applications (`/api/v2/clients`):
 * - create needs a name; Auth0's defaults are added (docs/decisions/0041), with a new client_id and secret
 * - `client_id` cannot change; `client_metadata`, `jwt_configuration`, `refresh_token` and
 *   `native_social_login` merge on PATCH, as deploy tools expect (they send `jwt_configuration` without
 *   `secret_encoded`)
 * - deleting an application deletes its grants and takes it off its connections
 */
import { collectionScopes } from './management-scopes.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Client } from '../tenants/model.ts';
import { alnum, token } from '../tenants/ids.ts';
import { clientDefaults } from '../tenants/built-in-objects.ts';
import { collectionRoutes, type Collection } from './api-collection.ts';
import { requireString } from './management-errors.ts';

/** Grant types by application type, when a POST names none. */
const GRANT_TYPES: Record<string, string[]> = {
  non_interactive: ['client_credentials'],
  spa: ['authorization_code', 'implicit', 'refresh_token'],
  native: ['authorization_code', 'implicit', 'refresh_token'],
  regular_web: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'],
};

function createClient(tenant: Tenant, body: Record<string, unknown>) {
  const name = requireString(body, 'name');
  if (typeof name !== 'string') return name;
  const appType = typeof body.app_type === 'string' ? body.app_type : undefined;
  const client: Client = {
    ...clientDefaults(tenant.settings.friendly_name),
    grant_types: GRANT_TYPES[appType ?? ''] ?? GRANT_TYPES.regular_web,
    token_endpoint_auth_method: appType === 'spa' || appType === 'native' ? 'none' : 'client_secret_post',
    ...body,
    name,
    client_id: alnum(32),
    client_secret: token(48),
  };
  return client;
}

const CLIENTS: Collection<Client> = {
  path: '/clients',
  scopes: collectionScopes('clients'),
  noun: 'client',
  notFoundCode: 'inexistent_client',
  listKey: 'clients',
  items: (tenant) => tenant.clients,
  create: createClient,
  immutable: ['client_id', 'tenant', 'global', 'signing_keys', 'callback_url_template'],
  merged: ['client_metadata', 'jwt_configuration', 'refresh_token', 'native_social_login'],
  matches: (client, query) =>
    (query.get('is_global') !== 'true' || client.global === true) &&
    (!query.has('is_first_party') || String(client.is_first_party) === query.get('is_first_party')) &&
    (!query.has('app_type') || (query.get('app_type') ?? '').split(',').includes(String(client.app_type))),
  deleted: (tenant, client) => {
    for (const [id, grant] of tenant.clientGrants)
      if (grant.client_id === client.client_id) tenant.clientGrants.delete(id);
    for (const enabled of tenant.connectionClients.values()) enabled.delete(client.client_id);
  },
};

export function clientRoutes(services: MockServices) {
  return collectionRoutes(services, CLIENTS, 'client_id');
}
