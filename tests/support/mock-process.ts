/**
 * The mock as a server of its own, as `npx tsx mock/server.ts` runs it, on free ports: for tools that reach
 * it over the network (auth0-deploy-cli, the SDK in another process) rather than through the router.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../../harness/repo-root.ts';

/** The local CA's certificate, which tools trust with NODE_EXTRA_CA_CERTS. */
export const MOCK_CA_PEM = join(REPO_ROOT, '.tools/mock-ca.pem');

export interface MockProcess {
  /** `localhost:<https port>`: the tenant a tool names as its AUTH0_DOMAIN. */
  domain: string;
  /** `localhost:<port>` of each extra HTTPS port (MOCK_EXTRA_HTTPS_PORTS): a tenant each. */
  extraDomains: string[];
  stop(): Promise<void>;
}

/** A port nothing listens on now (the OS's next ephemeral one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once the HTTPS listener says it listens; rejects with the mock's output if it stops first. */
function listening(child: ChildProcess, httpsPort: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening on https://localhost:${httpsPort}`)) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`the mock stopped (${code}) before listening:\n${output}`)),
    );
  });
}

/** @param extraHttpsPorts how many more HTTPS ports the mock serves (MOCK_EXTRA_HTTPS_PORTS). */
export async function startMockProcess(extraHttpsPorts = 0): Promise<MockProcess> {
  if (!existsSync(MOCK_CA_PEM)) throw new Error(`${MOCK_CA_PEM} is missing: run \`npm run setup\` first.`);
  const [httpPort, httpsPort, smtpPort] = [await freePort(), await freePort(), await freePort()];
  const extraPorts: number[] = [];
  for (let i = 0; i < extraHttpsPorts; i++) extraPorts.push(await freePort());
  // `node --import tsx` is `npx tsx` without the extra process, so stop() ends the mock itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      MOCK_PORT: String(httpPort),
      MOCK_HTTPS_PORT: String(httpsPort),
      MAILPIT_SMTP_PORT: String(smtpPort),
      MOCK_EXTRA_HTTPS_PORTS: extraPorts.join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await listening(child, extraPorts.at(-1) ?? httpsPort);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    domain: `localhost:${httpsPort}`,
    extraDomains: extraPorts.map((port) => `localhost:${port}`),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
