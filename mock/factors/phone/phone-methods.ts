// SEL-8
import type { FactorSpec } from '../../mfa/commands.ts';
import type { PhoneChannel } from '../../../contract/delivery.ts';

/**
 * How the code may reach the user's phone: the factor's `preferredMethod` (`sms`, `voice`, or `both`),
 * else the enrollment's preferred method (for an enrollment, whatever the tenant allows), limited to the tenant's phone message types. When the Action asks
 * for a method the tenant does not allow, the tenant's types win (a real tenant cannot call without voice
 * enabled); the mock never offers a method the tenant turned off.
 */
export function phoneMethods(
  factor: FactorSpec | undefined,
  tenantTypes: readonly PhoneChannel[],
  enrolledPreference?: PhoneChannel,
): PhoneChannel[] {
  const preferred = factor?.options?.preferredMethod;
  const wanted: PhoneChannel[] =
    preferred === 'both'
      ? ['sms', 'voice']
      : preferred
        ? [preferred]
        : enrolledPreference
          ? [enrolledPreference]
          : [...tenantTypes];
  const allowed = wanted.filter((method) => tenantTypes.includes(method));
  return allowed.length > 0 ? allowed : [...tenantTypes];
}
