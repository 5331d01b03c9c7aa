import { test as base } from '@playwright/test';
import { ScreenTracker } from './browser/screen-tracker.ts';
import { VirtualAuthenticators } from './browser/virtual-authenticators.ts';
import { Mailbox } from './mail/mailbox.ts';

/**
 * The harness's fixtures. `screens` records the pages a test's browser lands on and answers the
 * application callback; later fixtures (mailbox, authenticator) join it here.
 */
export const test = base.extend<{
  screens: ScreenTracker;
  mailbox: Mailbox;
  authenticator: VirtualAuthenticators;
}>({
  screens: [
    async ({ page }, use) => {
      await use(ScreenTracker.attach(page));
    },
    { box: true },
  ],
  // The inbox every emailed, texted and spoken code arrives in (Mailpit, read through its API).
  mailbox: [
    async ({}, use) => {
      await use(new Mailbox());
    },
    { box: true },
  ],
  // Chromium's CDP virtual authenticators on every page of the test; the scenario installs the ones it needs.
  authenticator: [
    async ({ page }, use) => {
      await use(await VirtualAuthenticators.forContext(page.context()));
    },
    { box: true },
  ],
});

export { expect } from '@playwright/test';
