import { randomBytes } from 'node:crypto';
import { resolveActions, type ActionSource } from '../format/action-sources.ts';
import type { Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';
import { pollUntil } from '../wait/poll-until.ts';
import { NAME_PREFIX } from './harness-names.ts';
import { PROBE_ACTION_CODE } from './probe-action.ts';
import { allSettledOrThrow } from './all-settled.ts';
import type { UndoStack } from './undo-stack.ts';

function sources(tenant: Scenario['tenant'], actionsDir: string): ActionSource[] {
  const probe: ActionSource = {
    label: 'probe (reports event.authentication.methods)',
    file: 'probe',
    code: PROBE_ACTION_CODE,
    sourcePosition: (line, col) => ({ line, col }),
    secrets: {},
    dependencies: [],
  };
  return [...resolveActions(tenant.actions, actionsDir), probe];
}

/**
 * Creates one Action, waits for its build, deploys it. A failed build is the scenario's error, in one
 * sentence; the Action is on the undo stack from its creation, so a failed build does not leave it behind.
 */
async function createAndDeploy(
  target: TargetTenant,
  source: ActionSource,
  name: string,
  undo: UndoStack,
): Promise<string> {
  const { management } = target;
  const created = await management.actions.create({
    name,
    code: source.code,
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
    runtime: 'node22',
    dependencies: source.dependencies,
    secrets: Object.entries(source.secrets).map(([key, value]) => ({ name: key, value })),
  });
  const id = created.id ?? '';
  // force: the Action may still be bound if restoring the bindings failed.
  undo.push(`delete the Action ${name} (${source.label})`, () =>
    management.actions.delete(id, { force: true }),
  );
  const built = await pollUntil(
    async () => {
      const action = await management.actions.get(id);
      return action.status === 'built' || action.status === 'failed' ? action : undefined;
    },
    {
      timeoutMs: 60_000,
      intervalMs: 500,
      message: `Action ${source.label} did not finish building within 60 s`,
    },
  );
  if (built.status === 'failed') {
    const errors = (built as { errors?: Array<{ msg?: string }> }).errors ?? [];
    throw new Error(
      `Action ${source.label} failed to build: ${errors.map((e) => e.msg).join('; ') || 'no reason given'}`,
    );
  }
  await management.actions.deploy(id);
  return id;
}

/** An Action as deployed: its id and name on the tenant, and where its code came from. */
export interface DeployedAction {
  id: string;
  name: string;
  source: ActionSource;
}

/**
 * Creates and deploys the scenario's Actions and the probe at once, binds them in order (the probe last),
 * replacing the post-login bindings it found (restored at cleanup); returns the Actions as deployed.
 */
export async function provisionActions(
  target: TargetTenant,
  tenant: Scenario['tenant'],
  actionsDir: string,
  undo: UndoStack,
): Promise<DeployedAction[]> {
  const run = randomBytes(3).toString('hex');
  const list = sources(tenant, actionsDir);
  // Built at once (each waits for its own build); bound in the scenario's order.
  const deployed = await allSettledOrThrow(
    list.map(async (source, i): Promise<DeployedAction> => {
      const name = `${NAME_PREFIX}${run}-${i + 1}`;
      return { id: await createAndDeploy(target, source, name, undo), name, source };
    }),
  );
  const ids = deployed.map((d) => d.id);
  const { bindings } = target.management.actions.triggers;
  const found = (await bindings.list('post-login')).data;
  undo.push(`restore the post-login bindings [${found.map((b) => b.display_name ?? '').join(', ')}]`, () =>
    bindings.updateMany('post-login', {
      bindings: found.map((b) => ({
        ref: { type: 'action_id', value: b.action?.id ?? '' },
        display_name: b.display_name ?? '',
      })),
    }),
  );
  await bindings.updateMany('post-login', {
    bindings: ids.map((id, i) => ({
      ref: { type: 'action_id', value: id },
      display_name: list[i]?.label ?? id,
    })),
  });
  return deployed;
}
