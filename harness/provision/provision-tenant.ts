import { GUARDIAN_FACTORS, type Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';
import { allSettledOrThrow } from './all-settled.ts';
import type { UndoStack } from './undo-stack.ts';

const POLICIES = { never: [], always: ['all-applications'], adaptive: ['confidence-score'] } as const;

/**
 * Factors, phone message types, the MFA policy and the "Customize MFA Factors using Actions" setting, made at
 * once (none depends on another). Each setting is read before it is changed, and its undo pushed before the
 * change, so that a real tenant gets back what it had even when a change fails half-way. What already is as
 * the scenario needs is left alone, and has nothing to undo: a real tenant's rate limit is spent on changes
 * only (a scenario used to set and restore all eight factors: 16 of its 35 Management API calls).
 */
export async function provisionTenantSettings(
  target: TargetTenant,
  tenant: Scenario['tenant'],
  undo: UndoStack,
): Promise<void> {
  await allSettledOrThrow([
    setFactors(target, tenant, undo),
    setPhoneMessageTypes(target, tenant, undo),
    setPolicy(target, tenant, undo),
    setCustomizeMfa(target, tenant, undo),
  ] as const);
}

async function setFactors(target: TargetTenant, tenant: Scenario['tenant'], undo: UndoStack): Promise<void> {
  const { management } = target;
  const factors = await management.guardian.factors.list();
  const wasEnabled = new Map(factors.map((f) => [f.name, f.enabled]));
  // A factor the list did not name has no known previous state: it is set, and left as the scenario set it.
  const changes = GUARDIAN_FACTORS.filter((name) => wasEnabled.get(name) !== tenant.factors.includes(name));
  const restorable = changes.filter((name) => wasEnabled.has(name));
  if (restorable.length > 0)
    undo.push(
      `restore the Guardian factors (${restorable.map((n) => `${n} ${wasEnabled.get(n) ? 'on' : 'off'}`).join(', ')})`,
      () =>
        Promise.all(
          restorable.map((name) =>
            management.guardian.factors.set(name, { enabled: wasEnabled.get(name) ?? false }),
          ),
        ),
    );
  await Promise.all(
    changes.map((name) => management.guardian.factors.set(name, { enabled: tenant.factors.includes(name) })),
  );
}

/** Whether two lists hold the same items, in any order. */
function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

async function setPhoneMessageTypes(
  target: TargetTenant,
  tenant: Scenario['tenant'],
  undo: UndoStack,
): Promise<void> {
  if (!tenant.phoneMessageTypes) return;
  const { phone } = target.management.guardian.factors;
  const { message_types: previous = [] } = await phone.getMessageTypes();
  if (sameItems(previous, tenant.phoneMessageTypes)) return;
  undo.push(`restore the phone message types [${previous.join(', ')}]`, () =>
    phone.setMessageTypes({ message_types: previous }),
  );
  await phone.setMessageTypes({ message_types: tenant.phoneMessageTypes });
}

async function setPolicy(target: TargetTenant, tenant: Scenario['tenant'], undo: UndoStack): Promise<void> {
  const { policies } = target.management.guardian;
  const previous = await policies.list();
  const wanted = [...POLICIES[tenant.policy]];
  if (sameItems(previous, wanted)) return;
  undo.push(`restore the MFA policies [${previous.join(', ')}]`, () => policies.set(previous));
  await policies.set(wanted);
}

async function setCustomizeMfa(
  target: TargetTenant,
  tenant: Scenario['tenant'],
  undo: UndoStack,
): Promise<void> {
  const { settings } = target.management.tenants;
  // Unreported means never set: the setting's default is off.
  const customized = (await settings.get()).customize_mfa_in_postlogin_action ?? false;
  if (customized === tenant.customizeMfaWithActions) return;
  undo.push(`restore "Customize MFA Factors using Actions" (${customized ? 'on' : 'off'})`, () =>
    settings.update({ customize_mfa_in_postlogin_action: customized }),
  );
  await settings.update({ customize_mfa_in_postlogin_action: tenant.customizeMfaWithActions });
}
