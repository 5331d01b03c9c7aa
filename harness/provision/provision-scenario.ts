import type { LoadedScenario } from '../format/load.ts';
import type { Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';
import { provisionActions, type DeployedAction } from './provision-actions.ts';
import { provisionTenantSettings } from './provision-tenant.ts';
import { provisionUser, type ProvisionedUser } from './provision-user.ts';
import { allSettledOrThrow } from './all-settled.ts';
import type { UndoStack } from './undo-stack.ts';

/** The user, and the Actions as deployed (their names on the tenant map back to the team's files). */
export type Provisioned = ProvisionedUser & { deployedActions: DeployedAction[] };
/** Runs one phase of provisioning under a title (the fixture makes it a report step; tests just run it). */
export type ProvisionPhase = <T>(title: string, run: () => Promise<T>) => Promise<T>;

const untitled: ProvisionPhase = (_title, run) => run();

/** The tenant settings a scenario sets, as a phase title: `tenant settings: factors otp; policy never; …`. */
function settingsTitle(tenant: Scenario['tenant']): string {
  const shown = [
    `factors ${tenant.factors.join(', ') || '(none)'}`,
    `policy ${tenant.policy}`,
    `customizeMfaWithActions ${tenant.customizeMfaWithActions ? 'on' : 'off'}`,
    ...(tenant.phoneMessageTypes ? [`phoneMessageTypes ${tenant.phoneMessageTypes.join(', ')}`] : []),
  ];
  return `tenant settings: ${shown.join('; ')}`;
}

/** The Action files bound, in order: the file only, so that an Action's secrets stay out of the report. */
export function boundActionFiles(tenant: Scenario['tenant']): string[] {
  return tenant.actions.map((a) =>
    typeof a === 'string'
      ? a
      : 'file' in a
        ? a.file
        : 'export' in a
          ? `${a.export} (deploy-cli export)`
          : `the export's ${a.exportBindings} bindings`,
  );
}

function userTitle(user: Scenario['user']): string {
  const names = user.enrollments.map((e) => (typeof e === 'string' ? e : `${e.type} (${e.method})`));
  return `user with ${names.length > 0 ? `enrollments ${names.join(', ')}` : 'no enrollment'}`;
}

/**
 * Puts the tenant and the user in the state the scenario describes. Every change goes on `undo` as it is
 * made, so whoever unwinds it (the `provisioned` fixture's teardown) puts the tenant back as it was found,
 * however far provisioning got. Three phases, each under a title saying what it sets.
 *
 * The settings, the Actions and the user do not depend on one another, so they are made at once (issue 13:
 * a scenario's provisioning costs its slowest part, not the sum). All three are settled before the first
 * failure is thrown, so nothing is still being made while the undo stack unwinds.
 */
export async function provisionScenario(
  target: TargetTenant,
  loaded: LoadedScenario,
  actionsDir: string,
  undo: UndoStack,
  phase: ProvisionPhase = untitled,
): Promise<Provisioned> {
  const { tenant, user } = loaded.scenario;
  const [, deployedActions, provisioned] = await allSettledOrThrow([
    phase(settingsTitle(tenant), () => provisionTenantSettings(target, tenant, undo)),
    phase(`Actions bound: ${boundActionFiles(tenant).join(', ') || '(none)'}`, () =>
      provisionActions(target, tenant, actionsDir, undo),
    ),
    phase(userTitle(user), () => provisionUser(target, user, loaded.id, undo)),
  ] as const);
  return { ...provisioned, deployedActions };
}
