import type { Locator, Page } from '@playwright/test';
import { CodeChallengePage } from './code-challenge-page.ts';

/** `mfa-voice-challenge`: the code heard in the call, "Call again", and a text instead (`switch-to-sms`). */
export class VoiceChallengePage extends CodeChallengePage {
  readonly switchToSmsButton: Locator;

  constructor(page: Page) {
    super(page);
    this.switchToSmsButton = page.locator('button[name="action"][value="switch-to-sms"]');
  }
}
