import type { Locator, Page } from '@playwright/test';
import { UniversalLoginPage } from './universal-login-page.ts';

/**
 * `mfa-push-enrollment`: the Guardian enrollment QR code; the page polls and moves on by itself once the
 * app enrolled (contract §2).
 */
export class PushEnrollmentPage extends UniversalLoginPage {
  readonly qrCode: Locator;

  constructor(page: Page) {
    super(page);
    this.qrCode = page.getByRole('img', { name: 'QR Code' });
  }

  /**
   * The QR code as an image: the image the page loaded, at its own resolution (a screenshot of a scaled-down
   * code can blur modules together), or a screenshot when the page draws it some other way.
   */
  async qrCodeImage(): Promise<Buffer> {
    const src = await this.qrCode.getAttribute('src');
    if (!src) return this.qrCode.screenshot();
    const data = /^data:image\/png;base64,(.*)$/.exec(src)?.[1];
    if (data) return Buffer.from(data, 'base64');
    return (await this.page.request.get(new URL(src, this.page.url()).href)).body();
  }
}
