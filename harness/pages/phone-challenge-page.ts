import type { Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/** `mfa-phone-challenge`: preferredMethod `both` lets the user choose text message or voice call (`type`). */
export class PhoneChallengePage extends UniversalLoginPage {
  constructor(page: Page) {
    super(page);
  }

  /** The methods offered, as their `type` values. */
  async methods(): Promise<string[]> {
    return this.page
      .locator('input[name="type"], button[name="type"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async choose(method: 'sms' | 'voice'): Promise<void> {
    const radio = this.page.locator(`input[name="type"][value="${method}"]`);
    if ((await radio.count()) > 0) {
      await radio.check();
      await this.continueButton.click();
    } else {
      await this.page.locator(`button[name="type"][value="${method}"]`).click();
    }
  }
}
