/**
 * Actions and post-login bindings (contract §4):
 * - create answers `pending`; the build (a compile, and the install of the npm dependencies it declares,
 *   `building` meanwhile) settles it to `built` or `failed` with the error's line or the dependency's name
 * - deploy snapshots the code as a version; only a built Action deploys
 * - PATCH bindings replaces the whole list; its order is the execution order (SEQ-1)
 */
import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Action, ActionDependency, ActionSecret, Binding } from '../tenants/model.ts';
import { buildAction } from '../actions/build-action.ts';
import { asString } from '../http/as-string.ts';
import { invalidBody, managementError, notFound, requireString } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

function serializeAction(action: Action, status: Action['status'] = action.status): Record<string, unknown> {
  return {
    id: action.id,
    name: action.name,
    supported_triggers: action.supported_triggers,
    code: action.code,
    dependencies: action.dependencies,
    runtime: action.runtime,
    secrets: action.secrets.map(({ name, updated_at }) => ({ name, updated_at })),
    status,
    ...(status === 'failed' ? { errors: action.errors } : {}),
    all_changes_deployed: action.deployedVersion?.code === action.code,
    deployed_version: action.deployedVersion ? serializeVersion(action, action.deployedVersion) : undefined,
    created_at: action.created_at,
    updated_at: action.updated_at,
  };
}

function serializeVersion(
  action: Action,
  version: NonNullable<Action['deployedVersion']>,
): Record<string, unknown> {
  return {
    id: version.id,
    action_id: action.id,
    code: version.code,
    dependencies: version.dependencies,
    deployed: version.deployed,
    number: version.number,
    runtime: version.runtime,
    status: 'built',
    supported_triggers: action.supported_triggers,
    created_at: version.created_at,
    updated_at: version.created_at,
  };
}

function readSecrets(value: unknown): ActionSecret[] {
  if (!Array.isArray(value)) return [];
  const now = new Date().toISOString();
  return (value as Array<{ name?: unknown; value?: unknown }>).map((s) => ({
    name: asString(s.name),
    value: asString(s.value),
    updated_at: now,
  }));
}

function applyCode(action: Action, body: Record<string, unknown>): void {
  if (typeof body.code === 'string') action.code = body.code;
  if (Array.isArray(body.dependencies)) action.dependencies = body.dependencies as ActionDependency[];
  if (Array.isArray(body.secrets)) action.secrets = readSecrets(body.secrets);
  if (typeof body.runtime === 'string') action.runtime = body.runtime;
  action.updated_at = new Date().toISOString();
  const triggers = action.supported_triggers.map((t) => t.id);
  const build = buildAction(action.name, action.code, action.dependencies, triggers);
  if ('errors' in build) return settle(action, build.errors);
  action.status = 'building';
  action.errors = [];
  const mine = Symbol('build');
  latestBuild.set(action, mine);
  void build.installing.then((errors) => {
    if (latestBuild.get(action) === mine) settle(action, errors);
  });
}

/** The build each Action is waiting for: a change during a build makes the older one's result moot. */
const latestBuild = new WeakMap<Action, symbol>();

function settle(action: Action, errors: Action['errors']): void {
  latestBuild.delete(action);
  action.errors = errors;
  action.status = errors.length > 0 ? 'failed' : 'built';
}

function createAction(tenant: Tenant, body: Record<string, unknown>): MockResponse {
  const name = requireString(body, 'name');
  if (typeof name !== 'string') return name;
  if (!Array.isArray(body.supported_triggers))
    return invalidBody('Missing required property: supported_triggers');
  if ([...tenant.actions.values()].some((a) => a.name === name)) {
    return managementError(409, `An action with the name '${name}' already exists.`, 'action_conflict');
  }
  const now = new Date().toISOString();
  const action: Action = {
    id: crypto.randomUUID(),
    name,
    code: '',
    runtime: 'node22',
    dependencies: [],
    secrets: [],
    supported_triggers: body.supported_triggers as Action['supported_triggers'],
    status: 'pending',
    errors: [],
    created_at: now,
    updated_at: now,
    versions: [],
  };
  applyCode(action, body);
  tenant.actions.set(action.id, action);
  return json(serializeAction(action, 'pending'), 201);
}

function deploy(action: Action): MockResponse {
  // deploy tools retry on this sentence while a build runs (auth0-deploy-cli matches "must be in the 'built' state").
  if (action.status === 'building' || action.status === 'pending') {
    return managementError(
      400,
      `An action must be in the 'built' state before it can be deployed; '${action.name}' is ${action.status}.`,
      'action_not_built',
    );
  }
  if (action.status === 'failed') {
    return managementError(
      400,
      `The action cannot be deployed: its build failed: ${action.errors.map((e) => e.msg).join('; ')}`,
      'action_build_failed',
    );
  }
  return json(serializeVersion(action, deployVersion(action, action)), 200);
}

/** A new deployed version of `action` with `source`'s code: the draft, or an earlier version rolled back to. */
function deployVersion(
  action: Action,
  source: Pick<Action, 'code' | 'dependencies' | 'secrets' | 'runtime'>,
) {
  for (const version of action.versions) version.deployed = false;
  const version = {
    id: crypto.randomUUID(),
    number: action.versions.length + 1,
    code: source.code,
    dependencies: source.dependencies,
    secrets: source.secrets,
    runtime: source.runtime,
    deployed: true,
    created_at: new Date().toISOString(),
  };
  action.versions.push(version);
  action.deployedVersion = version;
  return version;
}

/**
 * A list as the Actions API answers it, with or without include_totals: always an object with the items under
 * `key` (the SDK reads that key), never the bare array of the older endpoints.
 */
function actionsApiList(key: string, items: unknown[], query: URLSearchParams): MockResponse {
  const page = Number(query.get('page') ?? 0);
  const perPage = Number(query.get('per_page') ?? 50);
  return json({
    [key]: items.slice(page * perPage, page * perPage + perPage),
    total: items.length,
    page,
    per_page: perPage,
  });
}

function serializeBinding(tenant: Tenant, binding: Binding): Record<string, unknown> {
  const action = tenant.actions.get(binding.actionId);
  return {
    id: binding.id,
    trigger_id: binding.trigger_id,
    display_name: binding.display_name,
    action: action ? serializeAction(action) : undefined,
    created_at: binding.created_at,
    updated_at: binding.updated_at,
  };
}

function updateBindings(tenant: Tenant, body: Record<string, unknown>): MockResponse {
  if (!Array.isArray(body.bindings)) return invalidBody('Missing required property: bindings');
  const now = new Date().toISOString();
  const bindings: Binding[] = [];
  for (const entry of body.bindings as Array<{
    ref?: { type?: string; value?: string };
    display_name?: string;
  }>) {
    const { type, value } = entry.ref ?? {};
    const action = [...tenant.actions.values()].find((a) =>
      type === 'action_name' ? a.name === value : a.id === value,
    );
    if (!action) return invalidBody(`the action ${String(value)} referenced by a binding does not exist`);
    if (!action.deployedVersion)
      return managementError(
        400,
        `The action '${action.name}' must be deployed before it is bound.`,
        'invalid_body',
      );
    bindings.push({
      id: crypto.randomUUID(),
      trigger_id: 'post-login',
      display_name: entry.display_name ?? action.name,
      actionId: action.id,
      created_at: now,
      updated_at: now,
    });
  }
  tenant.bindings = bindings;
  return json({ bindings: bindings.map((b) => serializeBinding(tenant, b)) });
}

export function actionRoutes(services: MockServices) {
  const withAction =
    (handler: (tenant: Tenant, action: Action, body: Record<string, unknown>) => MockResponse) =>
    (tenant: Tenant, req: { body: Record<string, unknown> }, { id = '' }: Record<string, string>) => {
      const action = tenant.actions.get(id);
      return action ? handler(tenant, action, req.body) : notFound('action', 'action_not_found');
    };
  return [
    managementRoute(services, 'POST', '/actions/actions', 'create:actions', (tenant, req) =>
      createAction(tenant, req.body),
    ),
    managementRoute(services, 'GET', '/actions/actions', 'read:actions', (tenant, req) => {
      const name = req.query.get('actionName');
      const actions = [...tenant.actions.values()].filter((a) => !name || a.name === name);
      return actionsApiList(
        'actions',
        actions.map((a) => serializeAction(a)),
        req.query,
      );
    }),
    managementRoute(
      services,
      'GET',
      '/actions/actions/:id',
      'read:actions',
      withAction((_t, action) => json(serializeAction(action))),
    ),
    managementRoute(
      services,
      'PATCH',
      '/actions/actions/:id',
      'update:actions',
      withAction((_t, action, body) => {
        applyCode(action, body);
        return json(serializeAction(action));
      }),
    ),
    managementRoute(
      services,
      'DELETE',
      '/actions/actions/:id',
      'delete:actions',
      (tenant, req, { id = '' }) => {
        if (!tenant.actions.has(id)) return notFound('action', 'action_not_found');
        const bound = tenant.bindings.some((b) => b.actionId === id);
        if (bound && req.query.get('force') !== 'true')
          return managementError(400, 'The action is bound to a trigger: use force=true.', 'action_bound');
        tenant.bindings = tenant.bindings.filter((b) => b.actionId !== id);
        tenant.actions.delete(id);
        return { status: 204, headers: {}, body: '' };
      },
    ),
    managementRoute(
      services,
      'POST',
      '/actions/actions/:id/deploy',
      'create:actions',
      withAction((_t, action) => deploy(action)),
    ),
    managementRoute(
      services,
      'GET',
      '/actions/actions/:id/versions',
      'read:actions',
      (tenant, req, { id = '' }) => {
        const action = tenant.actions.get(id);
        if (!action) return notFound('action', 'action_not_found');
        const newestFirst = [...action.versions].reverse().map((v) => serializeVersion(action, v));
        return actionsApiList('versions', newestFirst, req.query);
      },
    ),
    managementRoute(
      services,
      'GET',
      '/actions/actions/:id/versions/:version',
      'read:actions',
      (tenant, _req, params) => {
        const action = tenant.actions.get(params.id ?? '');
        const version = action?.versions.find((v) => v.id === params.version);
        if (!action) return notFound('action', 'action_not_found');
        return version
          ? json(serializeVersion(action, version))
          : notFound('action version', 'version_not_found');
      },
    ),
    // Rolling back: a new deployed version identical to the one named (the draft code stays as it is).
    managementRoute(
      services,
      'POST',
      '/actions/actions/:id/versions/:version/deploy',
      'create:actions',
      (tenant, _req, params) => {
        const action = tenant.actions.get(params.id ?? '');
        const version = action?.versions.find((v) => v.id === params.version);
        if (!action) return notFound('action', 'action_not_found');
        if (!version) return notFound('action version', 'version_not_found');
        return json(serializeVersion(action, deployVersion(action, version)), 200);
      },
    ),
    // The triggers whose bindings the mock keeps (auth0-deploy-cli lists them to export each one's bindings).
    managementRoute(services, 'GET', '/actions/triggers', 'read:actions', () =>
      json({
        triggers: [
          {
            id: 'post-login',
            version: 'v3',
            status: 'CURRENT',
            runtimes: ['node18-actions', 'node22'],
            default_runtime: 'node22',
            compatible_triggers: [],
            binding_policy: 'trigger-bound',
          },
        ],
      }),
    ),
    managementRoute(
      services,
      'GET',
      '/actions/triggers/post-login/bindings',
      'read:triggers',
      (tenant, req) =>
        actionsApiList(
          'bindings',
          tenant.bindings.map((b) => serializeBinding(tenant, b)),
          req.query,
        ),
    ),
    managementRoute(
      services,
      'PATCH',
      '/actions/triggers/post-login/bindings',
      'update:triggers',
      (tenant, req) => updateBindings(tenant, req.body),
    ),
  ];
}
