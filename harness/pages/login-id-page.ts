import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/** `/u/login/identifier` */
export class LoginIdPage extends UniversalLoginPage {
  readonly username: Locator;

  constructor(page: Page) {
    super(page);
    this.username = page.locator('input#username[name="username"]');
  }

  async submitEmail(email: string): Promise<void> {
    await this.username.fill(email);
    await this.continueButton.click();
  }
}
