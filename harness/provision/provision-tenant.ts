import { GUARDIAN_FACTORS, type Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';
import type { UndoStack } from './undo-stack.ts';

const POLICIES = { never: [], always: ['all-applications'], adaptive: ['confidence-score'] } as const;

/**
 * Factors, phone message types, the MFA policy and the "Customize MFA Factors using Actions" setting. Each
 * setting is read before it is changed, and its undo pushed before the change, so that a real tenant gets
 * back what it had even when a change fails half-way.
 */
export async function provisionTenantSettings(
  target: TargetTenant,
  tenant: Scenario['tenant'],
  undo: UndoStack,
): Promise<void> {
  const { management } = target;

  const factors = await management.guardian.factors.list();
  const wasEnabled = new Map(factors.map((f) => [f.name, f.enabled]));
  // A factor the list did not name has no known previous state, so it is left as the scenario set it.
  const known = GUARDIAN_FACTORS.filter((name) => wasEnabled.has(name));
  undo.push(
    `restore the Guardian factors (${known.filter((n) => wasEnabled.get(n)).join(', ') || 'none'} enabled)`,
    () =>
      Promise.all(
        known.map((name) =>
          management.guardian.factors.set(name, { enabled: wasEnabled.get(name) ?? false }),
        ),
      ),
  );
  await Promise.all(
    GUARDIAN_FACTORS.map((name) =>
      management.guardian.factors.set(name, { enabled: tenant.factors.includes(name) }),
    ),
  );

  if (tenant.phoneMessageTypes) {
    const { message_types: previous = [] } = await management.guardian.factors.phone.getMessageTypes();
    undo.push(`restore the phone message types [${previous.join(', ')}]`, () =>
      management.guardian.factors.phone.setMessageTypes({ message_types: previous }),
    );
    await management.guardian.factors.phone.setMessageTypes({ message_types: tenant.phoneMessageTypes });
  }

  const policies = await management.guardian.policies.list();
  undo.push(`restore the MFA policies [${policies.join(', ')}]`, () =>
    management.guardian.policies.set(policies),
  );
  await management.guardian.policies.set([...POLICIES[tenant.policy]]);

  const settings = await management.tenants.settings.get();
  // Unreported means never set: the setting's default is off.
  const customized = settings.customize_mfa_in_postlogin_action ?? false;
  undo.push(`restore "Customize MFA Factors using Actions" (${customized ? 'on' : 'off'})`, () =>
    management.tenants.settings.update({ customize_mfa_in_postlogin_action: customized }),
  );
  await management.tenants.settings.update({
    customize_mfa_in_postlogin_action: tenant.customizeMfaWithActions,
  });
}
