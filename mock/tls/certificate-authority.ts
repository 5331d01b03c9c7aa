/**
 * The local certificate authority the mock's HTTPS listener issues its certificates from: made once by
 * `npm run setup` (`.tools/mock-ca.pem`, its key beside it), trusted by Chromium through an NSS database and
 * by Node through `NODE_EXTRA_CA_CERTS`. Chromium refuses a `*.localhost` wildcard, so every tenant host gets a
 * certificate of its own, issued on first use.
 */
import 'reflect-metadata'; // @peculiar/x509's dependency injection needs it loaded first
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/** Node's WebCrypto, as @peculiar/x509 types it (its own Crypto interface; the object is the same). */
const provider = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(provider);

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 86_400_000;
/** Chromium refuses leaf certificates valid for more than 398 days. */
const LEAF_DAYS = 397;
const CA_DAYS = 3650;

export interface CertificateAuthority {
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
}

export interface PemPair {
  cert: string;
  key: string;
}

function pem(label: string, der: ArrayBuffer): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function serialNumber(): string {
  // Positive: a leading byte below 0x80.
  return `1${Buffer.from(webcrypto.getRandomValues(new Uint8Array(15))).toString('hex')}`;
}

function validity(days: number): { notBefore: Date; notAfter: Date } {
  return { notBefore: new Date(Date.now() - DAY_MS), notAfter: new Date(Date.now() + days * DAY_MS) };
}

/** A new CA, as the PEM files setup writes. */
export async function createCertificateAuthority(): Promise<PemPair> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: 'CN=mfa-conformance mock local CA',
    keys,
    signingAlgorithm: ALGORITHM,
    ...validity(CA_DAYS),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return {
    cert: certificate.toString('pem') + '\n',
    key: pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
  };
}

/** The CA of `createCertificateAuthority`'s PEM files, ready to issue. */
export async function loadCertificateAuthority(pems: PemPair): Promise<CertificateAuthority> {
  const certificate = new x509.X509Certificate(pems.cert);
  const der = Buffer.from(pems.key.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const privateKey = await webcrypto.subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
  const publicKey = await certificate.publicKey.export(ALGORITHM, ['verify'], provider);
  return { certificate, keys: { privateKey, publicKey } };
}

/** A server certificate for one host name, signed by the CA. */
export async function issueCertificate(ca: CertificateAuthority, hostname: string): Promise<PemPair> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: `CN=${hostname}`,
    issuer: ca.certificate.subject,
    signingKey: ca.keys.privateKey,
    publicKey: keys.publicKey,
    signingAlgorithm: ALGORITHM,
    ...validity(LEAF_DAYS),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: hostname },
        ...(hostname === 'localhost' ? [{ type: 'ip' as const, value: '127.0.0.1' }] : []),
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
    ],
  });
  return {
    cert: certificate.toString('pem') + '\n',
    key: pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
  };
}
