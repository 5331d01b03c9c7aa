import type { Page, TestInfo } from '@playwright/test';
import type { Visit } from './screen-tracker.ts';

/**
 * What one screenshot costs (issue 12: every screen, passing or failing, in a report that stays light): the
 * viewport only, as a JPEG at this quality, a few tens of kilobytes for a Universal Login screen.
 */
export const SCREENSHOT_QUALITY = 50;

/**
 * Attaches a screenshot of each screen the scenario passed through to the test, in order, named after its
 * place and the screen (`screen 03 mfa-otp-challenge`), so the report shows the flow as the user saw it.
 * A screenshot that fails (the page navigated away mid-shot) is skipped: it is evidence, not a check.
 */
export function screenEvidence(page: Page, testInfo: TestInfo): (visit: Visit) => Promise<void> {
  let taken = 0;
  return async (visit) => {
    const body = await page
      .screenshot({ type: 'jpeg', quality: SCREENSHOT_QUALITY, scale: 'css', animations: 'disabled' })
      .catch(() => undefined);
    if (!body) return;
    taken += 1;
    await testInfo.attach(`screen ${String(taken).padStart(2, '0')} ${visit.screen}`, {
      body,
      contentType: 'image/jpeg',
    });
  };
}
