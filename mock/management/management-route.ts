import { jwtVerify } from 'jose';
import type { MockRequest } from '../http/request.ts';
import type { MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { managementAudience } from '../oauth/tokens.ts';
import { managementError } from './management-errors.ts';

export type ManagementHandler = (
  tenant: Tenant,
  req: MockRequest,
  params: Record<string, string>,
) => Promise<MockResponse> | MockResponse;

/** A Management API route: checks the bearer token (issued by this tenant for its /api/v2/ audience). */
export function managementRoute(
  services: MockServices,
  method: string,
  path: string,
  handler: ManagementHandler,
): Route {
  return {
    method,
    path: `/api/v2${path}`,
    handler: async (req, params) => {
      const tenant = await services.tenants.get(req.origin);
      const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer) return managementError(401, 'Missing authentication', 'missing_authentication');
      try {
        await jwtVerify(bearer, tenant.signingKey.publicKey, {
          issuer: `${tenant.origin}/`,
          audience: managementAudience(tenant),
        });
      } catch {
        return managementError(401, 'Invalid token', 'invalid_token');
      }
      return handler(tenant, req, params);
    },
  };
}
