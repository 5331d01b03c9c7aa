/**
 * Guardian enrollments, the older view of a user's MFA enrollments (docs/decisions/0040):
 * - GET /users/{id}/enrollments lists the user's confirmed enrollments of Guardian's kinds (OTP, phone,
 *   push, WebAuthn), not email or recovery codes, with Auth0's fields
 * - GET and DELETE /guardian/enrollments/{id} read and remove one by its id (`dev_…`, the part of the
 *   authentication method's id after its type)
 */
import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Authenticator, User } from '../tenants/model.ts';
import { UNSURE } from '../../contract/unsure.ts';
import { notFound } from './management-errors.ts';
import { managementRoute } from './management-route.ts';
import { userOr404 } from './users.ts';

const KINDS: Partial<Record<Authenticator['type'], { type: string; auth_method: string }>> =
  UNSURE.guardianEnrollments;

export function enrollmentId(authenticator: Authenticator): string {
  return authenticator.id.slice(authenticator.id.indexOf('|') + 1);
}

function serializeEnrollment(authenticator: Authenticator): Record<string, unknown> | undefined {
  const kind = KINDS[authenticator.type];
  if (!kind) return undefined;
  return {
    id: enrollmentId(authenticator),
    status: authenticator.confirmed ? 'confirmed' : 'pending',
    type: kind.type,
    auth_method: kind.auth_method,
    name: authenticator.name ?? authenticator.phone_number,
    identifier: authenticator.type === 'push' ? authenticator.id : undefined,
    phone_number: authenticator.phone_number,
    enrolled_at: authenticator.created_at,
    last_auth: authenticator.last_auth_at,
  };
}

function findEnrollment(
  tenant: Tenant,
  id: string,
): { user: User; authenticator: Authenticator } | undefined {
  for (const user of tenant.users.values()) {
    const authenticator = user.authenticators.find((a) => KINDS[a.type] && enrollmentId(a) === id);
    if (authenticator) return { user, authenticator };
  }
  return undefined;
}

const missing = (): MockResponse => notFound('enrollment', 'enrollment_not_found');

export function guardianEnrollmentRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/users/:id/enrollments', 'read:users', (tenant, _req, { id = '' }) => {
      const user = userOr404(tenant, id);
      if (!('user_id' in user)) return user;
      return json(user.authenticators.flatMap((a) => serializeEnrollment(a) ?? []));
    }),
    managementRoute(
      services,
      'GET',
      '/guardian/enrollments/:id',
      'read:guardian_enrollments',
      (tenant, _req, { id = '' }) => {
        const found = findEnrollment(tenant, id);
        return found ? json(serializeEnrollment(found.authenticator)) : missing();
      },
    ),
    managementRoute(
      services,
      'DELETE',
      '/guardian/enrollments/:id',
      'delete:guardian_enrollments',
      (tenant, _req, { id = '' }) => {
        const found = findEnrollment(tenant, id);
        if (!found) return missing();
        found.user.authenticators = found.user.authenticators.filter((a) => a !== found.authenticator);
        return { status: 204, headers: {}, body: '' };
      },
    ),
  ];
}
