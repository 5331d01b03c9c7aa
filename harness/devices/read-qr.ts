import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with typings that declare an ES default export: under nodenext the default import is
// the module object, which at run time is the function itself.
const jsQR = ((jsQRModule as { default?: unknown }).default ?? jsQRModule) as typeof jsQRModule.default;

/** The text of the QR code in a PNG image (a screenshot of the page's QR code), as a phone camera reads it. */
export function readQrCode(png: Buffer): string {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!code) throw new Error('no QR code could be read from the image');
  return code.data;
}
