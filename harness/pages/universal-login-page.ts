import type { Locator, Page } from '@playwright/test';

/** What every Universal Login screen has (contract §2): the primary form and its button, field errors. */
export class UniversalLoginPage {
  readonly primaryForm: Locator;
  readonly continueButton: Locator;
  readonly tryAnotherMethodButton: Locator;

  constructor(readonly page: Page) {
    this.primaryForm = page.locator('form[data-form-primary="true"]');
    this.continueButton = page.locator(
      'button[type="submit"][name="action"][value="default"][data-action-button-primary="true"]',
    );
    this.tryAnotherMethodButton = page.locator('button[name="action"][value="pick-authenticator"]');
  }

  /** `#error-element-<field>`: carries `data-error-code` (e.g. `invalid-code`). */
  fieldError(field: string): Locator {
    return this.page.locator(`#error-element-${field}`);
  }

  /** The error code shown for a field, or undefined when none is shown. */
  async errorCode(field: string): Promise<string | undefined> {
    const error = this.fieldError(field);
    return (await error.count()) > 0
      ? ((await error.getAttribute('data-error-code')) ?? undefined)
      : undefined;
  }
}
