import type { AuthenticatorKind, VirtualAuthenticators } from '../browser/virtual-authenticators.ts';
import type { ProvisionedUser } from '../provision/provision-user.ts';
import type { Scenario } from '../format/schema.ts';

/**
 * The virtual authenticators a scenario's browser has: `browser.authenticators` when given, else one per
 * WebAuthn factor in play — a security key for webauthn-roaming (enabled, or pre-enrolled), the device's
 * own for webauthn-platform. The platform one changes what the login page reports
 * (`webauthn-platform-available`), so a scenario without WebAuthn keeps a plain browser.
 */
export function browserAuthenticators(scenario: Scenario): AuthenticatorKind[] {
  if (scenario.browser) return scenario.browser.authenticators;
  const kinds: AuthenticatorKind[] = [];
  if (
    scenario.tenant.factors.includes('webauthn-roaming') ||
    scenario.user.enrollments.includes('webauthn-roaming')
  )
    kinds.push('security-key');
  if (scenario.tenant.factors.includes('webauthn-platform')) kinds.push('platform');
  return kinds;
}

/** Installs the scenario's authenticators before the first page, with the user's pre-enrolled key on them. */
export async function prepareBrowser(
  authenticator: VirtualAuthenticators,
  scenario: Scenario,
  user: ProvisionedUser,
): Promise<void> {
  await authenticator.install(browserAuthenticators(scenario));
  if (user.securityKey) await authenticator.addCredential('security-key', user.securityKey);
}
