import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/** `/u/login/password`: a wrong password re-renders with `#error-element-password`. */
export class LoginPasswordPage extends UniversalLoginPage {
  readonly password: Locator;

  constructor(page: Page) {
    super(page);
    this.password = page.locator('input#password[name="password"]');
  }

  async submitPassword(password: string): Promise<void> {
    await this.password.fill(password);
    await this.continueButton.click();
  }
}
