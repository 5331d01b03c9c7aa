/**
 * Who is calling /oauth/token or /oauth/revoke (RFC 6749 §2.3, docs/decisions/0034):
 * - a confidential client proves itself with its secret, by HTTP Basic (`client_secret_basic`, id and secret
 *   form-urlencoded) or in the body (`client_secret_post`); either way while UNSURE.clientSecretEitherWay
 *   holds, otherwise only the way it is registered with
 * - a public client (`none`) names itself with `client_id` and proves the code with PKCE instead
 * - an unknown client, a wrong or missing secret, or a body naming another client than the Basic header
 *   is not authenticated: the caller answers 401, as Auth0 does
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { UNSURE } from '../../contract/unsure.ts';
import { field, type MockRequest } from '../http/request.ts';
import type { Client, TokenEndpointAuthMethod } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';

interface Credentials {
  clientId?: string;
  secret?: string;
  method: TokenEndpointAuthMethod;
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function basicCredentials(req: MockRequest): Credentials | undefined {
  const encoded = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { method: 'client_secret_basic' };
  return {
    clientId: formDecode(decoded.slice(0, colon)),
    secret: formDecode(decoded.slice(colon + 1)),
    method: 'client_secret_basic',
  };
}

function credentialsOf(req: MockRequest): Credentials {
  const bodyClientId = field(req, 'client_id');
  const basic = basicCredentials(req);
  if (basic)
    return bodyClientId === undefined || bodyClientId === basic.clientId ? basic : { method: 'none' };
  const secret = field(req, 'client_secret');
  return { clientId: bodyClientId, secret, method: secret === undefined ? 'none' : 'client_secret_post' };
}

/** The client's registered method, with Auth0's default for a client created without one. */
export function authMethodOf(client: Client): TokenEndpointAuthMethod {
  return client.token_endpoint_auth_method ?? (client.client_secret ? 'client_secret_post' : 'none');
}

function sameSecret(expected: string, given: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/** The client the request authenticates as, or undefined when it does not. */
export function authenticateClient(tenant: Tenant, req: MockRequest): Client | undefined {
  const credentials = credentialsOf(req);
  const client = tenant.clients.get(credentials.clientId ?? '');
  if (!client) return undefined;
  const registered = authMethodOf(client);
  if (registered === 'none') return client;
  if (credentials.method === 'none' || !client.client_secret || credentials.secret === undefined)
    return undefined;
  if (!UNSURE.clientSecretEitherWay && credentials.method !== registered) return undefined;
  return sameSecret(client.client_secret, credentials.secret) ? client : undefined;
}

/** The client_id the request names, authenticated or not (for the log of a failure). */
export function requestedClientId(req: MockRequest): string | undefined {
  return basicCredentials(req)?.clientId ?? field(req, 'client_id');
}
