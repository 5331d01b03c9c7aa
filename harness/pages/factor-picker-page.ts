import type { Locator, Page } from '@playwright/test';
import { FACTOR_TYPES, FACTORS, type FactorType } from '../../contract/factors.ts';
import { UniversalLoginPage } from './universal-login-page.ts';

/**
 * What a picker button's `action` value names, in the Actions API's words (contract/factors.ts's
 * `pickerActions`). Real pages post `<factor>::<n>`; phone shows up as sms or voice (UNSURE: confirm on a real
 * tenant).
 */
const ACTION_TO_FACTOR: ReadonlyMap<string, FactorType> = new Map(
  FACTOR_TYPES.flatMap((factor) => FACTORS[factor].pickerActions.map((action) => [action, factor] as const)),
);

/** `mfa-login-options` ("Other Methods") and the enrollment picker ("Keep Your Account Safe"). */
export class FactorPickerPage extends UniversalLoginPage {
  readonly factorButtons: Locator;

  constructor(page: Page) {
    super(page);
    this.factorButtons = page.locator(
      'form button[name="action"]:not([value="back-action"]):not([value="default"])',
    );
  }

  /** The factors offered, in the order shown; a name the table does not know is kept as it is. */
  async offered(): Promise<string[]> {
    const values = await this.factorButtons.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('value') ?? ''),
    );
    return values.map((value) => {
      const name = value.split('::')[0] ?? value;
      return ACTION_TO_FACTOR.get(name) ?? name;
    });
  }

  async pick(factor: FactorType): Promise<void> {
    const values = await this.factorButtons.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('value') ?? ''),
    );
    const index = values.findIndex((value) => ACTION_TO_FACTOR.get(value.split('::')[0] ?? '') === factor);
    if (index < 0) throw new Error(`the picker does not offer ${factor}`);
    await this.factorButtons.nth(index).click();
  }
}
