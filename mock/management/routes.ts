import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { actionRoutes } from './actions.ts';
import { authenticationMethodRoutes } from './authentication-methods.ts';
import { clientGrantRoutes } from './client-grants.ts';
import { clientRoutes } from './clients.ts';
import { connectionRoutes } from './connections.ts';
import { guardianEnrollmentRoutes } from './guardian-enrollments.ts';
import { guardianDocumentRoutes } from './guardian-documents.ts';
import { guardianRoutes } from './guardian.ts';
import { logRoutes } from './logs.ts';
import { resourceServerRoutes } from './resource-servers.ts';
import { roleAndOrganizationRoutes } from './roles-and-organizations.ts';
import { tenantSettingsRoutes } from './tenant-settings.ts';
import { userBlockRoutes } from './user-blocks.ts';
import { userRoutes } from './users.ts';

/** Management API v2: every resource the harness provisions through, and those deploy tools read and write. */
export function managementRoutes(services: MockServices): Route[] {
  return [
    ...authenticationMethodRoutes(services),
    ...userRoutes(services),
    ...userBlockRoutes(services),
    ...guardianDocumentRoutes(services),
    ...guardianRoutes(services),
    ...guardianEnrollmentRoutes(services),
    ...actionRoutes(services),
    ...logRoutes(services),
    ...roleAndOrganizationRoutes(services),
    ...tenantSettingsRoutes(services),
    ...clientRoutes(services),
    ...connectionRoutes(services),
    ...resourceServerRoutes(services),
    ...clientGrantRoutes(services),
  ];
}
