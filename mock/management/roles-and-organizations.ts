import { json } from '../http/response.ts';
import { asString } from '../http/as-string.ts';
import type { MockServices } from '../services.ts';
import { hex } from '../tenants/ids.ts';
import { invalidBody, listResponse, managementError, notFound, requireString } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

/** Roles (event.authorization.roles) and organizations (event.organization), as far as scenarios need them. */
export function roleAndOrganizationRoutes(services: MockServices) {
  return [
    managementRoute(services, 'POST', '/roles', 'create:roles', (tenant, req) => {
      const name = requireString(req.body, 'name');
      if (typeof name !== 'string') return name;
      if ([...tenant.roles.values()].some((r) => r.name === name))
        return managementError(409, 'Role already exists.', 'role_exists');
      const role = { id: `rol_${hex(8)}`, name, description: asString(req.body.description) };
      tenant.roles.set(role.id, role);
      return json(role, 200);
    }),
    managementRoute(services, 'GET', '/roles', 'read:roles', (tenant, req) => {
      const nameFilter = req.query.get('name_filter');
      const roles = [...tenant.roles.values()].filter((r) => !nameFilter || r.name.includes(nameFilter));
      return listResponse('roles', roles, req.query);
    }),
    // The harness deletes the roles it created when a scenario ends; the users holding them lose them.
    managementRoute(services, 'DELETE', '/roles/:id', 'delete:roles', (tenant, _req, { id = '' }) => {
      if (!tenant.roles.delete(id)) return notFound('role');
      for (const user of tenant.users.values()) user.roleIds = user.roleIds.filter((r) => r !== id);
      return { status: 204, headers: {}, body: '' };
    }),
    managementRoute(
      services,
      'POST',
      '/users/:id/roles',
      'create:role_members',
      (tenant, req, { id = '' }) => {
        const user = tenant.users.get(id);
        if (!user) return notFound('user', 'inexistent_user');
        const roles = req.body.roles;
        if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string' || !tenant.roles.has(r))) {
          return invalidBody('roles must be a list of existing role ids');
        }
        user.roleIds = [...new Set([...user.roleIds, ...(roles as string[])])];
        return { status: 204, headers: {}, body: '' };
      },
    ),
    managementRoute(services, 'POST', '/organizations', 'create:organizations', (tenant, req) => {
      const name = requireString(req.body, 'name');
      if (typeof name !== 'string') return name;
      const organization = {
        id: `org_${hex(8)}`,
        name,
        display_name: asString(req.body.display_name, name),
        metadata: (req.body.metadata as Record<string, string> | undefined) ?? {},
        memberIds: [],
      };
      tenant.organizations.set(organization.id, organization);
      const { id, display_name, metadata } = organization;
      return json({ id, name, display_name, metadata }, 201);
    }),
    // Auth0 pages organizations by offset (page, per_page) or by checkpoint (from, take; `next` continues).
    managementRoute(services, 'GET', '/organizations', 'read:organizations', (tenant, req) => {
      const organizations = [...tenant.organizations.values()].map(
        ({ id, name, display_name, metadata }) => ({
          id,
          name,
          display_name,
          metadata,
        }),
      );
      if (!req.query.has('from') && !req.query.has('take'))
        return listResponse('organizations', organizations, req.query);
      const from = req.query.get('from');
      const start = from ? organizations.findIndex((o) => o.id === from) : 0;
      if (start < 0) return invalidBody('from must be the next value of an earlier page');
      const take = Math.min(Number(req.query.get('take') ?? 50) || 50, 100);
      const page = organizations.slice(start, start + take);
      const next = organizations[start + take]?.id;
      return json({ organizations: page, ...(next ? { next } : {}) });
    }),
    managementRoute(
      services,
      'DELETE',
      '/organizations/:id',
      'delete:organizations',
      (tenant, _req, { id = '' }) => {
        if (!tenant.organizations.delete(id)) return notFound('organization');
        return { status: 204, headers: {}, body: '' };
      },
    ),
    managementRoute(
      services,
      'POST',
      '/organizations/:id/members',
      'create:organization_members',
      (tenant, req, { id = '' }) => {
        const organization = tenant.organizations.get(id);
        if (!organization) return notFound('organization');
        const members = req.body.members;
        if (!Array.isArray(members)) return invalidBody('members must be a list of user ids');
        organization.memberIds.push(...(members as string[]));
        return { status: 204, headers: {}, body: '' };
      },
    ),
  ];
}
