import type { Page } from '@playwright/test';

/** The text the application's callback shows for the query it was reached with. */
export function callbackText(url: URL): string {
  const error = url.searchParams.get('error');
  if (error === null) return 'signed in: the application received an authorization code';
  const description = url.searchParams.get('error_description');
  return `denied: ${error}${description ? ` - ${description}` : ''}`;
}

function callbackHtml(url: URL): string {
  const text = callbackText(url).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Application callback</title></head>' +
    '<body style="font: 16px system-ui, sans-serif; margin: 3rem">' +
    `<p>The application's callback</p><h1 style="font-size: 20px">${text}</h1></body></html>`
  );
}

/**
 * Answers the application's callback in the browser with a small page saying how the login ended
 * ("denied: access_denied - <description>"), so that the last screenshot and the trace show the outcome
 * rather than Chromium's "This site can't be reached" (nothing listens on the callback URL).
 *
 * Playwright's `page.route` never sees the callback, which a redirect requests (docs/decisions/0001); CDP's
 * Fetch domain pauses every request of a redirect chain, so the page is served from there
 * (docs/decisions/0061). The screen tracker still reads the callback from the `request` event, unchanged.
 * Only the code's presence is shown, never the code.
 */
export async function serveCallbackPage(page: Page, callbackUrl: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  session.on('Fetch.requestPaused', ({ requestId, request }) => {
    const body = Buffer.from(callbackHtml(new URL(request.url))).toString('base64');
    session
      .send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
        body,
      })
      // The page closed while its callback was paused: nothing is left to show it to.
      .catch(() => undefined);
  });
  await session.send('Fetch.enable', {
    patterns: [{ urlPattern: `${callbackUrl}*`, requestStage: 'Request' }],
  });
}
