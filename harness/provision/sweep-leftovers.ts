import type { ManagementClient } from 'auth0';
import { EMAIL_DOMAIN, isHarnessName, ROLE_DESCRIPTION } from './harness-names.ts';

/** What a sweep removed, by kind: printed once before a tenant run. */
export interface Swept {
  bindings: number;
  actions: number;
  users: number;
  roles: number;
  organizations: number;
}

async function collect<T>(page: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of page) items.push(item);
  return items;
}

/**
 * Removes what an earlier run of the harness left on a tenant (a crash, a killed job: fixture teardown never
 * ran), and only that, by the marks of harness-names.ts: its post-login bindings first (the tenant's own
 * bindings stay, in their order), then its Actions, users, roles and organizations. Settings it changed
 * cannot be told apart from the tenant's own: each scenario sets the ones it needs anyway.
 */
export async function sweepLeftovers(management: ManagementClient): Promise<Swept> {
  const { bindings } = management.actions.triggers;
  const bound = (await bindings.list('post-login')).data;
  const kept = bound.filter((b) => !isHarnessName(b.action?.name));
  if (kept.length < bound.length) {
    await bindings.updateMany('post-login', {
      bindings: kept.map((b) => ({
        ref: { type: 'action_id', value: b.action?.id ?? '' },
        display_name: b.display_name ?? '',
      })),
    });
  }

  const actions = (await collect(await management.actions.list({ per_page: 100 }))).filter((a) =>
    isHarnessName(a.name),
  );
  for (const action of actions) await management.actions.delete(action.id ?? '', { force: true });

  const users = await collect(
    await management.users.list({ q: `email.domain:"${EMAIL_DOMAIN}"`, search_engine: 'v3', per_page: 100 }),
  );
  for (const user of users) await management.users.delete(user.user_id ?? '');

  const roles = (await collect(await management.roles.list({ per_page: 100 }))).filter(
    (r) => r.description === ROLE_DESCRIPTION,
  );
  for (const role of roles) await management.roles.delete(role.id ?? '');

  const organizations = (await collect(await management.organizations.list({ take: 50 }))).filter((o) =>
    isHarnessName(o.name),
  );
  for (const organization of organizations) await management.organizations.delete(organization.id ?? '');

  return {
    bindings: bound.length - kept.length,
    actions: actions.length,
    users: users.length,
    roles: roles.length,
    organizations: organizations.length,
  };
}
