import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/**
 * A screen that asks for a one-time code: the OTP, email, SMS and voice challenges share this shape
 * (`input#code`, "Remember this device", "Try another method", "Resend").
 */
export class CodeChallengePage extends UniversalLoginPage {
  readonly code: Locator;
  readonly rememberBrowser: Locator;
  readonly resendButton: Locator;

  constructor(page: Page) {
    super(page);
    this.code = page.locator('input#code[name="code"]');
    this.rememberBrowser = page.locator('input[name="rememberBrowser"]');
    this.resendButton = page.locator('button[name="action"][value="resend-code"]');
  }

  async submitCode(code: string, options: { rememberBrowser?: boolean } = {}): Promise<void> {
    await this.code.fill(code);
    if (options.rememberBrowser) await this.rememberBrowser.check();
    await this.continueButton.click();
  }
}
