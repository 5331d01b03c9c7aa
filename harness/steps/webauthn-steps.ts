import type { ScreenName } from '../../contract/screens.ts';
import { SCREEN_PATHS } from '../../contract/screens.ts';
import type { AuthenticatorKind } from '../browser/virtual-authenticators.ts';
import { tamperNextAssertion } from '../browser/tamper-webauthn.ts';
import {
  WebauthnCeremonyPage,
  WebauthnPlatformChallengePage,
  WebauthnPlatformEnrollmentPage,
  WebauthnRoamingChallengePage,
  WebauthnRoamingEnrollmentPage,
} from '../pages/webauthn-ceremony-page.ts';
import { WebauthnErrorPage } from '../pages/webauthn-error-page.ts';
import { expectScreen, where, type RunContext } from '../runner/run-context.ts';

export type WebauthnFactor = 'webauthn-roaming' | 'webauthn-platform';

export interface WebauthnAnswerOptions {
  authenticator?: 'missing';
  tamper?: 'signature';
  tryAnotherMethod?: boolean;
  refuse?: boolean;
}

interface Screen {
  name: ScreenName;
  authenticator: AuthenticatorKind;
  page: new (page: RunContext['page']) => WebauthnCeremonyPage;
}

const SCREENS: Record<WebauthnFactor, { enroll: Screen; challenge: Screen }> = {
  'webauthn-roaming': {
    enroll: {
      name: 'mfa-webauthn-roaming-enrollment',
      authenticator: 'security-key',
      page: WebauthnRoamingEnrollmentPage,
    },
    challenge: {
      name: 'mfa-webauthn-roaming-challenge',
      authenticator: 'security-key',
      page: WebauthnRoamingChallengePage,
    },
  },
  'webauthn-platform': {
    enroll: {
      name: 'mfa-webauthn-platform-enrollment',
      authenticator: 'platform',
      page: WebauthnPlatformEnrollmentPage,
    },
    challenge: {
      name: 'mfa-webauthn-platform-challenge',
      authenticator: 'platform',
      page: WebauthnPlatformChallengePage,
    },
  },
};

/** A step title: how the screen is answered. */
export function describeWebauthn(options: WebauthnAnswerOptions, device: string): string {
  if (options.tryAnotherMethod) return 'try another method';
  if (options.refuse) return 'not on this device';
  if (options.authenticator === 'missing')
    return `the enrolled ${device} is missing: the browser reports an error`;
  if (options.tamper) return `${device} answers, the signature is tampered with on the way`;
  return `answer with the ${device} (virtual authenticator)`;
}

/**
 * A WebAuthn enrollment or challenge screen, answered by Chromium's virtual authenticator: the page runs
 * the ceremony itself and posts the credential. `authenticator: missing` unplugs the one holding the
 * credential first (a blank one answers), so the browser fails and the page reports the error;
 * `tamper: signature` corrupts the posted assertion.
 */
export async function answerWebauthn(
  ctx: RunContext,
  factor: WebauthnFactor,
  mode: 'enroll' | 'challenge',
  options: WebauthnAnswerOptions = {},
): Promise<void> {
  const screen = SCREENS[factor][mode];
  await expectScreen(ctx, screen.name);
  const page = new screen.page(ctx.page);
  if (options.tryAnotherMethod) return page.tryAnotherMethodButton.click();
  if (options.refuse) return page.refuseButton.click();
  if (!ctx.authenticator.has(screen.authenticator))
    throw new Error(
      `${where(ctx)}: the browser has no ${screen.authenticator} authenticator: enable ${factor} on the tenant, or list it under browser.authenticators`,
    );
  if (options.authenticator === 'missing') await ctx.authenticator.unplugCredentials(screen.authenticator);
  if (options.tamper === 'signature') await tamperNextAssertion(ctx.page, SCREEN_PATHS[screen.name]);
  await page.useAuthenticator();
}

/** `mfa-webauthn-error`: the error screen is shown; optionally press one of its buttons. */
export async function webauthnError(
  ctx: RunContext,
  options: { then?: 'try-again' | 'try-another-method' | 'refuse' } = {},
): Promise<void> {
  await expectScreen(ctx, 'mfa-webauthn-error');
  const page = new WebauthnErrorPage(ctx.page);
  if (options.then === 'try-again') await page.tryAgainButton.click();
  if (options.then === 'try-another-method') await page.tryAnotherMethodButton.click();
  if (options.then === 'refuse') await page.refuseButton.click();
}
