import { jwtVerify } from 'jose';
import type { MockRequest } from '../http/request.ts';
import type { MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { managementAudience } from '../oauth/tokens.ts';
import { managementError } from './management-errors.ts';
import { writeLog } from '../logs/write-log.ts';
import { checkScope, scopesOf, type ManagementScope } from './management-scopes.ts';

export type ManagementHandler = (
  tenant: Tenant,
  req: MockRequest,
  params: Record<string, string>,
) => Promise<MockResponse> | MockResponse;

/**
 * A Management API route, as every one is declared: its method, path, the scope (or any of the scopes) it
 * expects, and its handler. The bearer token must be this tenant's, for its /api/v2/ audience (401
 * otherwise), and carry one of those scopes (403 `insufficient_scope`, with Auth0's message) before the
 * handler runs. With a rate limit (MOCK_MGMT_RATE_LIMIT) every answer carries its `x-ratelimit-*` headers,
 * and a request over it answers 429 `too_many_requests` "Global limit has been reached" before anything else
 * is checked, logging `api_limit` (docs/decisions/0066).
 */
export function managementRoute(
  services: MockServices,
  method: string,
  path: string,
  scope: ManagementScope | readonly ManagementScope[],
  handler: ManagementHandler,
): Route {
  const expected: readonly ManagementScope[] = typeof scope === 'string' ? [scope] : scope;
  return {
    method,
    path: `/api/v2${path}`,
    handler: async (req, params) => {
      const tenant = await services.tenants.get(req.origin);
      const metered = tenant.managementRateLimit?.take();
      if (!metered) return authorized(tenant, req, params);
      if (!metered.allowed) {
        if (metered.log) writeLog(tenant, 'api_limit', { ip: req.ip, userAgent: req.headers['user-agent'] });
        const refused = managementError(429, 'Global limit has been reached', 'too_many_requests');
        return { ...refused, headers: { ...refused.headers, ...metered.headers } };
      }
      const response = await authorized(tenant, req, params);
      return { ...response, headers: { ...response.headers, ...metered.headers } };
    },
  };

  /** The token and its scopes checked, the handler's answer. */
  async function authorized(
    tenant: Tenant,
    req: MockRequest,
    params: Record<string, string>,
  ): Promise<MockResponse> {
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer) return managementError(401, 'Missing authentication', 'missing_authentication');
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(bearer, (await tenant.signingKey()).publicKey, {
        issuer: `${tenant.origin}/`,
        audience: managementAudience(tenant),
      }));
    } catch {
      return managementError(401, 'Invalid token', 'invalid_token');
    }
    const allowed = checkScope(scopesOf(claims.scope), expected);
    if (!allowed.ok) return managementError(403, allowed.message, 'insufficient_scope');
    return handler(tenant, req, params);
  }
}
