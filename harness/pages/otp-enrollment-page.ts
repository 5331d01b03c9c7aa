import type { Locator, Page } from '@playwright/test';
import { CodeChallengePage } from './code-challenge-page.ts';

/** A base32 secret as authenticator apps take it: 16 or more of A-Z and 2-7, possibly grouped by spaces. */
const BASE32_SECRET = /\b[A-Z2-7]{4}(?: ?[A-Z2-7]{4}){3,}(?: ?[A-Z2-7]{1,4})?=*/;

/**
 * `mfa-otp-enrollment`: the QR code, and after "Trouble Scanning?" (`action=toggle-view`) the secret as text
 * (contract §2). The secret is read from the page's text, not from the mock's markup, so that the same
 * page object reads a real tenant's page.
 */
export class OtpEnrollmentPage extends CodeChallengePage {
  readonly toggleViewButton: Locator;

  constructor(page: Page) {
    super(page);
    this.toggleViewButton = page.locator('button[name="action"][value="toggle-view"]');
  }

  /** The base32 secret the text view shows, without grouping spaces, or undefined on the QR view. */
  async secret(): Promise<string | undefined> {
    const text = await this.primaryForm.innerText();
    return secretIn(text);
  }
}

/** The base32 secret shown in `text`, spaces removed. */
export function secretIn(text: string): string | undefined {
  return BASE32_SECRET.exec(text)?.[0].replace(/ /g, '');
}
