import assert from 'node:assert/strict';
import { test } from 'node:test';
import QRCode from 'qrcode';
import { readQrCode } from '../../../../harness/devices/read-qr.ts';
import { parseGuardianUri } from '../../../../harness/devices/guardian-uri.ts';

const URI =
  'otpauth://totp/acme%3Auser%40example.test?enrollment_tx_id=tx123&secret=JBSWY3DPEHPK3PXP&issuer=acme&base_url=http%3A%2F%2Facme.localhost%3A4010%2F__mock%2Fguardian%2F';

test('a QR code image reads back as the URI it encodes', async () => {
  const png = await QRCode.toBuffer(URI, { width: 240 });
  assert.equal(readQrCode(png), URI);
});

test('an image without a QR code is refused with a sentence', async () => {
  const { PNG } = await import('pngjs');
  const blank = new PNG({ width: 50, height: 50 });
  blank.data.fill(255);
  assert.throws(() => readQrCode(PNG.sync.write(blank)), /no QR code could be read/);
});

test('the Guardian URI gives the enrollment transaction, the shared secret and the API base', () => {
  assert.deepEqual(parseGuardianUri(URI), {
    enrollmentTxId: 'tx123',
    secret: 'JBSWY3DPEHPK3PXP',
    baseUrl: 'http://acme.localhost:4010/__mock/guardian/',
  });
});

test('a URI without an enrollment transaction is refused, naming what is missing', () => {
  assert.throws(
    () => parseGuardianUri('otpauth://totp/x?secret=AAAA&base_url=http://x/'),
    /no enrollment_tx_id/,
  );
  assert.throws(() => parseGuardianUri('https://example.test/'), /not an otpauth URI/);
});
