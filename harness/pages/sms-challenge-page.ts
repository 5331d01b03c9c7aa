import type { Locator, Page } from '@playwright/test';
import { CodeChallengePage } from './code-challenge-page.ts';

/** `mfa-sms-challenge`: the texted code, "Resend", and a call instead (`action=switch-to-voice`). */
export class SmsChallengePage extends CodeChallengePage {
  readonly switchToVoiceButton: Locator;

  constructor(page: Page) {
    super(page);
    this.switchToVoiceButton = page.locator('button[name="action"][value="switch-to-voice"]');
  }
}
