import { GUARDIAN_FACTORS, type Scenario } from '../format/schema.ts';
import type { TargetTenant } from '../target/target.ts';

const POLICIES = { never: [], always: ['all-applications'], adaptive: ['confidence-score'] } as const;

/** Factors, phone message types, the MFA policy and the "Customize MFA Factors using Actions" setting. */
export async function provisionTenantSettings(
  target: TargetTenant,
  tenant: Scenario['tenant'],
): Promise<void> {
  const { management } = target;
  await Promise.all(
    GUARDIAN_FACTORS.map((name) =>
      management.guardian.factors.set(name, { enabled: tenant.factors.includes(name) }),
    ),
  );
  if (tenant.phoneMessageTypes) {
    await management.guardian.factors.phone.setMessageTypes({ message_types: tenant.phoneMessageTypes });
  }
  await management.guardian.policies.set([...POLICIES[tenant.policy]]);
  await management.tenants.settings.update({
    customize_mfa_in_postlogin_action: tenant.customizeMfaWithActions,
  });
}
