/**
 * POST /oauth/revoke (RFC 7009, docs/decisions/0031): the client authenticates as at /oauth/token (401
 * invalid_client otherwise); a refresh token it holds is deleted, so its next exchange answers "Unknown or
 * invalid refresh token.", and `srrt` is logged. An unknown token, or another client's, answers 200 all the
 * same and stays as it was, so the endpoint tells nobody which tokens exist.
 */
import { field, type MockRequest } from '../http/request.ts';
import { text, type MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import { writeLog } from '../logs/write-log.ts';
import type { MockServices } from '../services.ts';
import { authenticateClient } from './client-authentication.ts';
import { oauthError } from './oauth-errors.ts';

export function revocationRoutes(services: MockServices): Route[] {
  const handler = async (req: MockRequest): Promise<MockResponse> => {
    const tenant = await services.tenants.get(req.origin);
    const client = authenticateClient(tenant, req);
    if (!client) return oauthError('revocationClient', 401);
    const value = field(req, 'token');
    if (!value) return oauthError('missingToken', 400);
    const grant = tenant.refreshTokens.get(value);
    if (grant?.clientId === client.client_id) {
      tenant.refreshTokens.delete(value);
      writeLog(tenant, 'srrt', {
        user: tenant.users.get(grant.userId),
        clientId: client.client_id,
        ip: req.ip,
      });
    }
    return text('', 200);
  };
  return [{ method: 'POST', path: '/oauth/revoke', handler }];
}
