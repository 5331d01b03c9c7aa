import type { Page } from '@playwright/test';

/**
 * A credential JSON (`response=` of a WebAuthn screen) whose assertion signature has its last byte changed:
 * what a forged or corrupted answer looks like to the server.
 */
export function tamperSignature(responseJson: string): string {
  const credential = JSON.parse(responseJson) as { response?: { signature?: string } };
  const signature = credential.response?.signature;
  if (!credential.response || !signature) throw new Error('the posted credential carries no signature');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
  credential.response.signature = bytes.toString('base64url');
  return JSON.stringify(credential);
}

/**
 * Rewrites the next credential the page posts to `path`, in the browser, on its way out: the server sees a
 * bogus signature. Works the same against the mock and a real tenant.
 */
export async function tamperNextAssertion(page: Page, path: string): Promise<void> {
  const matches = (url: URL) => url.pathname === path;
  await page.route(matches, async (route) => {
    const request = route.request();
    const form = new URLSearchParams(request.postData() ?? '');
    const response = form.get('response');
    if (request.method() !== 'POST' || !response) return route.continue();
    form.set('response', tamperSignature(response));
    await route.continue({ postData: form.toString() });
    await page.unroute(matches);
  });
}
