import type { Locator, Page } from '@playwright/test';
import { CodeChallengePage } from './code-challenge-page.ts';

/**
 * `mfa-push-challenge`: "I've responded on my device" (`action=continue`, also submitted by the page's own
 * polling) and "Manually Enter Code" (`action=enter-otp-code`), which turns the screen into a code
 * challenge answered from the Guardian app's one-time codes.
 */
export class PushChallengePage extends CodeChallengePage {
  readonly respondedButton: Locator;
  readonly manualCodeButton: Locator;

  constructor(page: Page) {
    super(page);
    this.respondedButton = page.locator('button[name="action"][value="continue"]');
    this.manualCodeButton = page.locator('button[name="action"][value="enter-otp-code"]');
  }
}
