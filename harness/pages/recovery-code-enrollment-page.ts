import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/** A recovery code as Auth0 shows it: 24 letters and digits (contract §5), possibly grouped by spaces. */
const RECOVERY_CODE = /\b[A-Z0-9]{4}(?: ?[A-Z0-9]{4}){5}\b/;

/**
 * `mfa-recovery-code-enrollment`: the code, shown once, and `saved` ("I have safely recorded this code"),
 * without which the screen answers `no-confirmation` (contract §2). The code is read from the page's text.
 */
export class RecoveryCodeEnrollmentPage extends UniversalLoginPage {
  readonly saved: Locator;

  constructor(page: Page) {
    super(page);
    this.saved = page.locator('input[name="saved"]');
  }

  async code(): Promise<string | undefined> {
    return recoveryCodeIn(await this.primaryForm.innerText());
  }

  async confirm(options: { saved: boolean } = { saved: true }): Promise<void> {
    if (options.saved) await this.saved.check();
    await this.continueButton.click();
  }
}

/** The recovery code shown in `text`, spaces removed. */
export function recoveryCodeIn(text: string): string | undefined {
  return RECOVERY_CODE.exec(text)?.[0].replace(/ /g, '');
}
