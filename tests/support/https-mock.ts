/**
 * The mock's HTTPS listener on a free port, in this process, with certificates from the local CA that
 * `npm run setup` made, as `npm run mock` serves it: for tests whose client must reach it over a socket.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createListener, createRouter } from '../../mock/app.ts';
import { MOCK_CA_CERT, MOCK_CA_KEY } from '../../mock/config.ts';
import type { MockServices } from '../../mock/services.ts';
import { loadCertificateAuthority } from '../../mock/tls/certificate-authority.ts';
import { tenantCertificates } from '../../mock/tls/tenant-certificates.ts';

export interface HttpsMock {
  /** `https://localhost:<port>`: a tenant of its own, as every origin is. */
  origin: string;
  close(): Promise<void>;
}

export async function startHttpsMock(services: MockServices): Promise<HttpsMock> {
  if (!existsSync(MOCK_CA_CERT) || !existsSync(MOCK_CA_KEY)) {
    throw new Error(`No local CA at ${MOCK_CA_CERT}: run \`npm run setup\` to make one.`);
  }
  const ca = await loadCertificateAuthority({
    cert: readFileSync(MOCK_CA_CERT, 'utf8'),
    key: readFileSync(MOCK_CA_KEY, 'utf8'),
  });
  const certificates = await tenantCertificates(ca);
  const server = createServer(
    { ...certificates.fallback, SNICallback: certificates.SNICallback },
    createListener(createRouter(services)),
  );
  // Every interface, as the mock listens: `localhost` may resolve to ::1 or to 127.0.0.1.
  await new Promise<void>((listening) => server.listen(0, listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
