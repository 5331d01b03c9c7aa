/** The mock's entry point: `npm run mock`, or Playwright's webServer. */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import { createListener, createRouter } from './app.ts';
import { createServices } from './services.ts';
import { MOCK_CA_CERT, MOCK_CA_KEY, MOCK_EXTRA_HTTPS_PORTS, MOCK_HTTPS_PORT, MOCK_PORT } from './config.ts';
import { loadCertificateAuthority } from './tls/certificate-authority.ts';
import { tenantCertificates } from './tls/tenant-certificates.ts';

const services = createServices();
const listener = createListener(createRouter(services));

function listen(server: Server, port: number, variable: string, scheme: string): Promise<void> {
  server.keepAliveTimeout = 65_000;
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `mock: port ${port} is in use: stop what listens there, or set ${variable} to a free port.`
        : `mock: ${error.message}`,
    );
    process.exit(1);
  });
  return new Promise((listening) =>
    server.listen(port, () => {
      console.log(
        `mfa-conformance mock listening on ${scheme}://localhost:${port} (each <name>.localhost:${port} is its own tenant)`,
      );
      listening();
    }),
  );
}

/** The HTTPS listeners' options, when setup has made the local CA; without it the mock still serves HTTP. */
async function httpsOptions(): Promise<ServerOptions | undefined> {
  if (!existsSync(MOCK_CA_CERT) || !existsSync(MOCK_CA_KEY)) {
    console.log(
      `mock: no local CA at ${MOCK_CA_CERT}, so no HTTPS: run \`npm run setup\` (\`npx mfa-conformance setup\` where the package is installed) to make one.`,
    );
    return undefined;
  }
  const ca = await loadCertificateAuthority({
    cert: readFileSync(MOCK_CA_CERT, 'utf8'),
    key: readFileSync(MOCK_CA_KEY, 'utf8'),
  });
  const certificates = await tenantCertificates(ca);
  return { ...certificates.fallback, SNICallback: certificates.SNICallback };
}

const plain = createServer(listener);
const servers: Server[] = [plain];
await listen(plain, MOCK_PORT, 'MOCK_PORT', 'http');
const tls = await httpsOptions();
// One certificate per host name whatever the port: the extra ports share the main listener's.
const httpsPorts = [
  [MOCK_HTTPS_PORT, 'MOCK_HTTPS_PORT'],
  ...MOCK_EXTRA_HTTPS_PORTS.map((port) => [port, 'MOCK_EXTRA_HTTPS_PORTS'] as const),
] as const;
for (const [port, variable] of httpsPorts) {
  if (!tls) break;
  const secure = createHttpsServer(tls, listener);
  servers.push(secure);
  await listen(secure, port, variable, 'https');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    services.tenants.close();
    void services.actions
      .close()
      .finally(() =>
        // Idle keep-alive connections would hold close() open for a minute.
        Promise.all(
          servers.map((s) => {
            const closing = new Promise((closed) => s.close(closed));
            s.closeAllConnections();
            return closing;
          }),
        ),
      )
      .finally(() => process.exit(0));
  });
}
