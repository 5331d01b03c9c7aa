import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/** `mfa-webauthn-error`: after a failed ceremony; "Try again", "Try another method", "No thanks". */
export class WebauthnErrorPage extends UniversalLoginPage {
  readonly tryAgainButton: Locator;
  readonly refuseButton: Locator;

  constructor(page: Page) {
    super(page);
    this.tryAgainButton = page.locator('button[name="action"][value="tryagain"]');
    this.refuseButton = page.locator('button[name="action"][value="refuse-add-device"]');
  }
}
