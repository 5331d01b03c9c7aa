import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';
import { BUILT_IN } from '../tenants/built-in-objects.ts';
import { findUserByEmail, hashPassword, newUser, userProfile } from '../tenants/users.ts';
import { forgetBrowsers } from '../pipeline/remember-browser.ts';
import { unblockUser } from '../attack-protection/brute-force.ts';
import { listResponse, managementError, notFound, requireString } from './management-errors.ts';
import { luceneQuery } from './lucene-query.ts';
import { managementRoute } from './management-route.ts';

/** A user as GET /api/v2/users/{id} shows it. */
export function serializeUser(tenant: Tenant, user: User): Record<string, unknown> {
  return {
    ...userProfile(user),
    multifactor: user.authenticators.length > 0 ? ['guardian'] : undefined,
    tenant: tenant.settings.friendly_name,
  };
}

export function userOr404(tenant: Tenant, id: string): User | MockResponse {
  return tenant.users.get(id) ?? notFound('user', 'inexistent_user');
}

function createUser(tenant: Tenant, body: Record<string, unknown>): MockResponse {
  const email = requireString(body, 'email');
  if (typeof email !== 'string') return email;
  const password = requireString(body, 'password');
  if (typeof password !== 'string') return password;
  if (body.connection !== BUILT_IN.connection) {
    return managementError(400, `The connection does not exist.`, 'inexistent_connection');
  }
  if (findUserByEmail(tenant, email))
    return managementError(409, 'The user already exists.', 'auth0_idp_error');
  const user = newUser({
    email,
    password,
    connection: BUILT_IN.connection,
    email_verified: body.email_verified === true,
    phone_number: typeof body.phone_number === 'string' ? body.phone_number : undefined,
    app_metadata: body.app_metadata as Record<string, unknown> | undefined,
    user_metadata: body.user_metadata as Record<string, unknown> | undefined,
  });
  tenant.users.set(user.user_id, user);
  return json(serializeUser(tenant, user), 201);
}

function updateUser(tenant: Tenant, user: User, body: Record<string, unknown>): MockResponse {
  if (body.app_metadata && typeof body.app_metadata === 'object')
    Object.assign(user.app_metadata, body.app_metadata);
  if (body.user_metadata && typeof body.user_metadata === 'object')
    Object.assign(user.user_metadata, body.user_metadata);
  if (typeof body.email_verified === 'boolean') user.email_verified = body.email_verified;
  if (typeof body.phone_number === 'string') user.phone_number = body.phone_number;
  // A new password lifts brute-force protection's blocks, as the user changing it does on Auth0.
  if (typeof body.password === 'string') {
    user.passwordHash = hashPassword(body.password);
    unblockUser(tenant, user.user_id);
  }
  if (body.blocked === false) user.mfaFailures = 0;
  user.updated_at = new Date().toISOString();
  return json(serializeUser(tenant, user));
}

export function userRoutes(services: MockServices) {
  return [
    managementRoute(services, 'POST', '/users', 'create:users', (tenant, req) =>
      createUser(tenant, req.body),
    ),
    managementRoute(services, 'GET', '/users', 'read:users', (tenant, req) => {
      let matches: ReturnType<typeof luceneQuery>;
      try {
        matches = luceneQuery(req.query.get('q') ?? '');
      } catch (error) {
        return managementError(
          400,
          `Query validation error: ${(error as Error).message}.`,
          'invalid_query_string',
        );
      }
      // Auth0 indexes the address's domain as its own field, `email.domain`.
      const users = [...tenant.users.values()]
        .map((u) => serializeUser(tenant, u))
        .filter((u) =>
          matches({ ...u, 'email.domain': typeof u.email === 'string' ? u.email.split('@')[1] : undefined }),
        );
      return listResponse('users', users, req.query);
    }),
    managementRoute(services, 'GET', '/users/:id', 'read:users', (tenant, _req, { id = '' }) => {
      const user = userOr404(tenant, id);
      return 'user_id' in user ? json(serializeUser(tenant, user)) : user;
    }),
    managementRoute(services, 'PATCH', '/users/:id', 'update:users', (tenant, req, { id = '' }) => {
      const user = userOr404(tenant, id);
      return 'user_id' in user ? updateUser(tenant, user, req.body) : user;
    }),
    managementRoute(services, 'DELETE', '/users/:id', 'delete:users', (tenant, _req, { id = '' }) => {
      tenant.users.delete(id);
      return { status: 204, headers: {}, body: '' };
    }),
    managementRoute(
      services,
      'POST',
      '/users/:id/multifactor/actions/invalidate-remember-browser',
      'update:users',
      (tenant, _req, { id = '' }) => {
        if (!tenant.users.has(id)) return notFound('user', 'inexistent_user');
        forgetBrowsers(tenant, id);
        return { status: 204, headers: {}, body: '' };
      },
    ),
  ];
}
