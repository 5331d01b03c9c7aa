// Run by `npm run setup`: the mock's local certificate authority, made once (.tools/mock-ca.pem and its key,
// which git ignores), and an NSS database that trusts it, for Chromium to read as its user's certificate
// store (Playwright launches it with HOME=.tools/chromium-home); Node trusts the CA through
// NODE_EXTRA_CA_CERTS=.tools/mock-ca.pem. Then the stock of tenant signing keys the mock takes before it
// generates any (.tools/mock-signing-keys.json, docs/decisions/0075).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createCertificateAuthority } from '../mock/tls/certificate-authority.ts';
import { MOCK_CA_CERT, MOCK_CA_KEY, MOCK_SIGNING_KEYS } from '../mock/config.ts';
import { stockSigningKeys } from '../mock/tenants/signing-keys.ts';
import { CHROMIUM_HOME } from '../harness/config.ts';

const NSS_DB = join(CHROMIUM_HOME, '.pki', 'nssdb');
const NICKNAME = 'mfa-conformance mock CA';

function certutil(args: string[]): void {
  const result = spawnSync('certutil', ['-d', `sql:${NSS_DB}`, ...args], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const reason = result.error?.message ?? result.stderr.trim().split('\n')[0];
    throw new Error(
      `certutil ${args[0]} failed (${reason}); install libnss3-tools and run npm run setup again.`,
    );
  }
}

async function main(): Promise<void> {
  const created = !existsSync(MOCK_CA_CERT) || !existsSync(MOCK_CA_KEY);
  if (created) {
    const ca = await createCertificateAuthority();
    mkdirSync(dirname(MOCK_CA_CERT), { recursive: true });
    writeFileSync(MOCK_CA_CERT, ca.cert);
    writeFileSync(MOCK_CA_KEY, ca.key, { mode: 0o600 });
  }
  if (created || !existsSync(join(NSS_DB, 'cert9.db'))) {
    mkdirSync(NSS_DB, { recursive: true });
    if (!existsSync(join(NSS_DB, 'cert9.db'))) certutil(['-N', '--empty-password']);
    certutil(['-A', '-t', 'C,,', '-n', NICKNAME, '-i', MOCK_CA_CERT]);
  }
  console.log(`mock CA   ${MOCK_CA_CERT}${created ? ' (created)' : ''}, trusted by Chromium in ${NSS_DB}`);
  const stocked = await stockSigningKeys();
  console.log(`mock keys ${MOCK_SIGNING_KEYS}${stocked ? ` (${stocked} RSA keys generated)` : ''}`);
}

try {
  await main();
} catch (error) {
  // setup.mjs prints this one sentence; a stack trace would bury it.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
