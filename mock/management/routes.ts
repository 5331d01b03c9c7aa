import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { actionRoutes } from './actions.ts';
import { authenticationMethodRoutes } from './authentication-methods.ts';
import { guardianDocumentRoutes } from './guardian-documents.ts';
import { guardianRoutes } from './guardian.ts';
import { logRoutes } from './logs.ts';
import { roleAndOrganizationRoutes } from './roles-and-organizations.ts';
import { tenantSettingsRoutes } from './tenant-settings.ts';
import { userBlockRoutes } from './user-blocks.ts';
import { userRoutes } from './users.ts';

/** Management API v2, every resource the harness provisions through. */
export function managementRoutes(services: MockServices): Route[] {
  return [
    ...authenticationMethodRoutes(services),
    ...userRoutes(services),
    ...userBlockRoutes(services),
    ...guardianDocumentRoutes(services),
    ...guardianRoutes(services),
    ...actionRoutes(services),
    ...logRoutes(services),
    ...roleAndOrganizationRoutes(services),
    ...tenantSettingsRoutes(services),
  ];
}
