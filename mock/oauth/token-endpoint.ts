/**
 * POST /oauth/token (form or JSON body), as named steps:
 * - checkGrantType: one of the grants below, else unsupported_grant_type
 * - authenticateClient (client-authentication.ts): else 401 and the grant's failure entry, as Auth0 answers
 * - checkClientGrant: the client has that grant type, else 403 unauthorized_client
 * - the grant itself: authorization-code-grant.ts, refresh-token-grant.ts, client-credentials-grant.ts
 */
import { field, type MockRequest } from '../http/request.ts';
import type { MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import { requestContext, writeLog } from '../logs/write-log.ts';
import type { LogType } from '../logs/log-types.ts';
import type { Client } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { exchangeCode } from './authorization-code-grant.ts';
import { authenticateClient, requestedClientId } from './client-authentication.ts';
import { clientCredentials } from './client-credentials-grant.ts';
import { grantNotAllowed, oauthError } from './oauth-errors.ts';
import { exchangeRefreshToken } from './refresh-token-grant.ts';

interface Grant {
  /** The log entry of a failed exchange. */
  failure: LogType;
  exchange: (tenant: Tenant, req: MockRequest, client: Client) => Promise<MockResponse>;
}

const GRANTS = new Map<string, Grant>([
  ['authorization_code', { failure: 'feacft', exchange: exchangeCode }],
  ['refresh_token', { failure: 'fertft', exchange: exchangeRefreshToken }],
  ['client_credentials', { failure: 'feccft', exchange: clientCredentials }],
]);

export function tokenRoute(services: MockServices) {
  return async (req: MockRequest): Promise<MockResponse> => {
    const tenant = await services.tenants.get(req.origin);
    const grantType = field(req, 'grant_type') ?? '';
    const grant = GRANTS.get(grantType);
    if (!grant) return oauthError('unsupportedGrant');
    const client = authenticateClient(tenant, req);
    if (!client) {
      writeLog(tenant, grant.failure, requestContext(req, requestedClientId(req)), {
        description: 'Unauthorized',
      });
      return oauthError('invalidClient', 401);
    }
    if (!(client.grant_types ?? []).includes(grantType)) return grantNotAllowed(grantType);
    return grant.exchange(tenant, req, client);
  };
}
