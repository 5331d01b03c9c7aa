/**
 * The HTTPS listener's certificates: one per host name the browser asks for (SNI), issued from the local CA on
 * first use and kept. Only `localhost` and `<name>.localhost` get one (every tenant lives there); any other
 * name, or none (a client connecting to 127.0.0.1), gets the `localhost` certificate, so a stranger's name
 * costs no key. The cache keeps the most recently used MAX_CERTIFICATES hosts: junk `<name>.localhost` names
 * cannot grow it forever, and a host pushed out gets a new certificate (an EC key, a few milliseconds).
 */
import { createSecureContext, type SecureContext } from 'node:tls';
import { issueCertificate, type CertificateAuthority, type PemPair } from './certificate-authority.ts';

const MAX_CERTIFICATES = 500;

const TENANT_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)?localhost$/;

export interface TenantCertificates {
  /** The certificate for clients that name no tenant host. */
  fallback: PemPair;
  /** For `https.createServer({ SNICallback })`. */
  SNICallback: (servername: string, done: (error: Error | null, context?: SecureContext) => void) => void;
}

export async function tenantCertificates(ca: CertificateAuthority): Promise<TenantCertificates> {
  const fallback = await issueCertificate(ca, 'localhost');
  const contexts = new Map<string, Promise<SecureContext>>();
  const contextFor = (hostname: string): Promise<SecureContext> => {
    const context =
      contexts.get(hostname) ?? issueCertificate(ca, hostname).then((pems) => createSecureContext(pems));
    // Re-inserted, so that Map order is least recently used first.
    contexts.delete(hostname);
    contexts.set(hostname, context);
    for (const oldest of contexts.keys()) {
      if (contexts.size <= MAX_CERTIFICATES) break;
      contexts.delete(oldest);
    }
    return context;
  };
  return {
    fallback,
    SNICallback: (servername, done) => {
      const hostname = servername.toLowerCase();
      contextFor(TENANT_HOST.test(hostname) ? hostname : 'localhost').then(
        (context) => done(null, context),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
    },
  };
}
