/**
 * The post-login `event` (contract §3), built fresh at each Action's start: methods and enrolledFactors are
 * snapshots (SEQ-2), so an Action never sees the result of its own commands.
 */
import type { Tenant } from '../tenants/tenant.ts';
import type { Action, User } from '../tenants/model.ts';
import type { Transaction } from '../tenants/transaction.ts';
import { enrolledFactors } from '../mfa/enrolled-factors.ts';
import { userProfile } from '../tenants/users.ts';

export function buildEvent(
  tenant: Tenant,
  tx: Transaction,
  user: User,
  action: Action,
): Record<string, unknown> {
  const client = tenant.clients.get(tx.request.clientId);
  const organization = tx.organizationId ? tenant.organizations.get(tx.organizationId) : undefined;
  const factors = enrolledFactors(tenant, user);
  return structuredClone({
    transaction: {
      id: tx.state,
      locale: 'en',
      protocol: 'oidc-basic-profile',
      redirect_uri: tx.request.redirectUri,
      requested_scopes: tx.request.scope.split(' '),
      response_type: [tx.request.responseType],
      state: tx.request.state,
    },
    user: {
      ...userProfile(user),
      multifactor: factors.length > 0 ? ['guardian'] : [],
      enrolledFactors: factors,
    },
    authentication: {
      methods: tx.methods,
      ...(tenant.risk ? { riskAssessment: tenant.risk } : {}),
    },
    authorization: {
      roles: user.roleIds.map((id) => tenant.roles.get(id)?.name).filter((name) => name !== undefined),
    },
    ...(organization
      ? {
          organization: {
            id: organization.id,
            name: organization.name,
            display_name: organization.display_name,
            metadata: organization.metadata,
          },
        }
      : {}),
    client: {
      client_id: tx.request.clientId,
      name: client?.name ?? '',
      metadata: client?.client_metadata ?? {},
    },
    connection: {
      id: tenant.connectionNamed(user.connection)?.id ?? '',
      name: user.connection,
      strategy: 'auth0',
      metadata: {},
    },
    request: {
      ip: tx.ip,
      hostname: tenant.hostname,
      user_agent: tx.userAgent,
      method: 'GET',
      language: 'en',
      query: {
        client_id: tx.request.clientId,
        redirect_uri: tx.request.redirectUri,
        scope: tx.request.scope,
      },
      geoip: {},
    },
    resource_server: tx.request.audience ? { identifier: tx.request.audience } : undefined,
    session: tx.sessionId ? { id: tx.sessionId } : undefined,
    secrets: Object.fromEntries(
      (action.deployedVersion?.secrets ?? action.secrets).map((s) => [s.name, s.value]),
    ),
    stats: { logins_count: user.logins_count },
    tenant: { id: tenant.settings.friendly_name },
  });
}
