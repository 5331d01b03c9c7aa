// `npx mfa-conformance mock`: the mock and Mailpit, started as the preset's webServers start them, until
// Ctrl-C, for trying the login pages in a browser or a warm edit loop (`npx playwright test` reuses them
// outside CI).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  MAILPIT_BIN,
  MAILPIT_HTTP_PORT,
  MAILPIT_SMTP_PORT,
  MOCK_PORT,
  PROJECT_ROOT,
} from '../harness/config.ts';
import { BUILT, ownModule } from '../harness/preset/own-files.ts';

export function startMock(): Promise<number> {
  if (!existsSync(MAILPIT_BIN)) {
    console.error(
      `mfa-conformance: Mailpit is not at ${MAILPIT_BIN}: run \`npx mfa-conformance setup\` or set MAILPIT_BIN.`,
    );
    return Promise.resolve(1);
  }
  const env = { ...process.env, MFA_PROJECT_DIR: PROJECT_ROOT };
  const mailpit = spawn(
    MAILPIT_BIN,
    [
      ...['--smtp', `127.0.0.1:${MAILPIT_SMTP_PORT}`, '--listen', `127.0.0.1:${MAILPIT_HTTP_PORT}`],
      ...['--disable-version-check', '--smtp-auth-accept-any', '--smtp-auth-allow-insecure'],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const server = ownModule('mock/server');
  const [command, args] = BUILT ? [process.execPath, [server]] : ['npx', ['tsx', server]];
  const mock = spawn(command, args, { stdio: 'inherit', env });
  console.log(
    `Mailpit on http://127.0.0.1:${MAILPIT_HTTP_PORT}; try http://demo.localhost:${MOCK_PORT}/authorize?client_id=mock-login-client&response_type=code&redirect_uri=http://localhost:4020/callback (Ctrl-C stops both)`,
  );
  return new Promise((resolve) => {
    const children: ChildProcess[] = [mailpit, mock];
    const stop = () => children.forEach((child) => child.kill('SIGTERM'));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Either one ending (a port taken, a crash) ends the other: half a mock would only puzzle.
    for (const child of children) {
      child.once('exit', (code) => {
        stop();
        resolve(code ?? 0);
      });
      child.once('error', (error) => {
        console.error(`mfa-conformance: ${child.spawnfile} did not start (${error.message}).`);
        stop();
        resolve(1);
      });
    }
  });
}
