/** The mock's entry point: `npm run mock`, or Playwright's webServer. */
import { createServer } from 'node:http';
import { ActionRunner } from './actions/action-runner.ts';
import { TenantRegistry } from './tenants/registry.ts';
import { createListener, createRouter } from './app.ts';
import { MOCK_PORT } from './config.ts';

const services = { tenants: new TenantRegistry(), actions: new ActionRunner() };
const server = createServer(createListener(createRouter(services)));
server.keepAliveTimeout = 65_000;

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `mock: port ${MOCK_PORT} is in use: stop what listens there, or set MOCK_PORT to a free port.`,
    );
  } else {
    console.error(`mock: ${error.message}`);
  }
  process.exit(1);
});

server.listen(MOCK_PORT, () => {
  console.log(
    `mfa-conformance mock listening on http://localhost:${MOCK_PORT} (each <name>.localhost:${MOCK_PORT} is its own tenant)`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void services.actions.close().finally(() => server.close(() => process.exit(0)));
  });
}
