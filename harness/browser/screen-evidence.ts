import type { CDPSession, Page, TestInfo } from '@playwright/test';
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
 *
 * Taken with CDP's Page.captureScreenshot, encoded for speed: half the CPU of `page.screenshot()`, whose
 * caret hiding, animation freezing and font wait each make Chromium draw another frame (issue 13 measured
 * screenshots at a fifth of the catalogue's CPU). It is not a step in the report, as it is not the user's.
 */
export function screenEvidence(page: Page, testInfo: TestInfo): (visit: Visit) => Promise<void> {
  let taken = 0;
  let session: Promise<CDPSession> | undefined;
  return async (visit) => {
    session ??= page.context().newCDPSession(page);
    const body =
      (await session
        .then((cdp) =>
          cdp.send('Page.captureScreenshot', {
            format: 'jpeg',
            quality: SCREENSHOT_QUALITY,
            optimizeForSpeed: true,
          }),
        )
        .then(({ data }) => Buffer.from(data, 'base64'))
        .catch(() => undefined)) ??
      // CDP refuses a page not painted yet (a busy machine, right after the DOM is ready); Playwright's
      // screenshot waits for a frame first.
      (await page
        .screenshot({ type: 'jpeg', quality: SCREENSHOT_QUALITY, scale: 'css', animations: 'disabled' })
        .catch(() => undefined));
    if (!body) return;
    taken += 1;
    await testInfo.attach(`screen ${String(taken).padStart(2, '0')} ${visit.screen}`, {
      body,
      contentType: 'image/jpeg',
    });
  };
}
