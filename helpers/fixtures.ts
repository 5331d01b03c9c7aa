import { test as base } from '@playwright/test';
import { ScreenTracker } from './browser/screen-tracker.ts';

/**
 * The harness's fixtures. `screens` records the pages a test's browser lands on and answers the
 * application callback; later fixtures (mailbox, authenticator) join it here.
 */
export const test = base.extend<{ screens: ScreenTracker }>({
  screens: [
    async ({ page }, use) => {
      await use(ScreenTracker.attach(page));
    },
    { box: true },
  ],
});

export { expect } from '@playwright/test';
