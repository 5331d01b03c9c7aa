/**
 * /userinfo: the user's claims for an access token this tenant issued with its /userinfo audience (a code
 * flow's token), as scopes allow: `openid` the subject, `profile` name, nickname and updated_at, `email` the
 * address and whether it is verified. A missing or bad token answers 401 `invalid_token`, as Auth0 does.
 */
import { jwtVerify } from 'jose';
import { json, type MockResponse } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { User } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';

/** The OIDC claims of `user` that `scope` grants, for the id token and for /userinfo. */
export function profileClaims(user: User, scope: string): Record<string, unknown> {
  const scopes = new Set(scope.split(/\s+/));
  return {
    ...(scopes.has('profile')
      ? { name: user.email, nickname: user.email.split('@')[0], updated_at: user.updated_at }
      : {}),
    ...(scopes.has('email') ? { email: user.email, email_verified: user.email_verified } : {}),
  };
}

function unauthorized(description: string): MockResponse {
  return {
    status: 401,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'www-authenticate': `Bearer error="invalid_token", error_description="${description}"`,
    },
    body: 'Unauthorized',
  };
}

async function userinfo(tenant: Tenant, req: MockRequest): Promise<MockResponse> {
  const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return unauthorized('Missing access token');
  try {
    const { payload } = await jwtVerify(token, (await tenant.signingKey()).publicKey, {
      issuer: `${tenant.origin}/`,
      audience: `${tenant.origin}/userinfo`,
      algorithms: ['RS256'],
    });
    const user = tenant.users.get(payload.sub ?? '');
    if (!user) return unauthorized('The user no longer exists');
    return json({
      sub: user.user_id,
      ...profileClaims(user, typeof payload.scope === 'string' ? payload.scope : ''),
    });
  } catch {
    return unauthorized('Invalid access token');
  }
}

export function userinfoRoutes(services: MockServices): Route[] {
  const handler = async (req: MockRequest) => userinfo(await services.tenants.get(req.origin), req);
  return [
    { method: 'GET', path: '/userinfo', handler },
    { method: 'POST', path: '/userinfo', handler },
  ];
}
