import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/** `mfa-phone-enrollment`: the number (`phone`) and, when the tenant offers both, text or call (`type`). */
export class PhoneEnrollmentPage extends UniversalLoginPage {
  readonly phone: Locator;
  readonly method: Locator;

  constructor(page: Page) {
    super(page);
    this.phone = page.locator('input[name="phone"]');
    this.method = page.locator('input[name="type"]');
  }

  /** The methods the screen lets the user choose from, or the one it fixes (a hidden `type`). */
  async methods(): Promise<string[]> {
    return this.method.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async submitNumber(number: string, method: 'sms' | 'voice'): Promise<void> {
    await this.phone.fill(number);
    const choice = this.page.locator(`input[name="type"][type="radio"][value="${method}"]`);
    if ((await choice.count()) > 0) await choice.check();
    await this.continueButton.click();
  }
}
