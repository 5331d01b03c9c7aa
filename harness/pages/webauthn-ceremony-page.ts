import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/**
 * A WebAuthn enrollment or challenge screen (contract §2): the primary button starts the browser's
 * ceremony (`navigator.credentials.create/get`), whose answer the page posts as `response`.
 */
export class WebauthnCeremonyPage extends UniversalLoginPage {
  /** "Not on this device" (`action=refuse-add-device`), on the platform enrollment. */
  readonly refuseButton: Locator;

  constructor(page: Page) {
    super(page);
    this.refuseButton = page.locator('button[name="action"][value="refuse-add-device"]');
  }

  /** Presses the button a person presses before touching the key or the fingerprint reader. */
  async useAuthenticator(): Promise<void> {
    await this.continueButton.click();
  }
}

/** `mfa-webauthn-roaming-enrollment` (`/u/mfa-webauthn-enrollment`): "Use security key". */
export class WebauthnRoamingEnrollmentPage extends WebauthnCeremonyPage {}

/** `mfa-webauthn-roaming-challenge` (`/u/mfa-webauthn-challenge`). */
export class WebauthnRoamingChallengePage extends WebauthnCeremonyPage {}

/** `mfa-webauthn-platform-enrollment`: offers `refuse-add-device`. */
export class WebauthnPlatformEnrollmentPage extends WebauthnCeremonyPage {}

/** `mfa-webauthn-platform-challenge`. */
export class WebauthnPlatformChallengePage extends WebauthnCeremonyPage {}
