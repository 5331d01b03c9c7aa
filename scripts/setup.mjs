// Prepares a machine to run the harness: npm packages, Chromium, Mailpit and the mock's local CA.
// - Runs before npm packages exist, so it uses node builtins only.
// - Idempotent: when everything is present it only prints the versions it found.
// - Every failure ends in one sentence saying what is wrong and what to do, never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's root: this repository, or the installed package (its copy of this file is dist/scripts/).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The project whose .tools/ this fills: the current directory (`npx mfa-conformance setup` in a team's
// repository, `npm run setup` here), or MFA_PROJECT_DIR.
const PROJECT = resolve(process.env.MFA_PROJECT_DIR || process.cwd());
// The repository has its lock file and its TypeScript sources; the installed package has neither (npm never
// packs package-lock.json) and runs its compiled scripts with plain node.
const IN_REPOSITORY = existsSync(join(ROOT, 'package-lock.json'));
/** The command that runs this again, as the reader would type it. */
const AGAIN = IN_REPOSITORY ? 'npm run setup' : 'npx mfa-conformance setup';
const MAILPIT_MODULE = 'github.com/axllent/mailpit';
const MAILPIT_VERSION = 'v1.30.5';
// Without this, a source build reports its version as "dev".
const MAILPIT_LDFLAGS = `-ldflags=-X ${MAILPIT_MODULE}/config.Version=${MAILPIT_VERSION}`;

/** A failure the user can act on; its message is the one sentence we print. */
class SetupError extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.error?.code === 'ENOENT') {
    throw new SetupError(`\`${command}\` is not on PATH; install it and run \`${AGAIN}\` again.`);
  }
  if (result.error) throw new SetupError(`\`${command} ${args.join(' ')}\` failed: ${result.error.message}.`);
  return result;
}

function isOnPath(command) {
  return spawnSync(command, ['version'], { stdio: 'ignore' }).error?.code !== 'ENOENT';
}

function firstLine(text) {
  return (text ?? '').trim().split('\n')[0].trim();
}

function ensureNodeModules() {
  // In a team's repository npm installed this package: their own `npm ci` is theirs to run.
  if (!IN_REPOSITORY) return;
  const lock = join(ROOT, 'package-lock.json');
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  const upToDate = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
  if (upToDate) return;
  console.log('setup: installing npm packages (npm ci)');
  const result = run('npm', ['ci'], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new SetupError(
      '`npm ci` failed (see its output above); fix the cause and run `npm run setup` again.',
    );
  }
}

/** `path` from Debian's `pkg`, installed with apt-get when missing (as root; otherwise the command to run). */
function ensureDebianPackage(path, pkg, alternative) {
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new SetupError(
      `${path} is missing: run \`sudo apt-get update && sudo apt-get install -y ${pkg}\`${alternative}.`,
    );
  }
  console.log(`setup: installing ${pkg} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', pkg]]) {
    if (run('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      throw new SetupError(`\`apt-get ${args.join(' ')}\` failed (see above); install ${pkg}${alternative}.`);
    }
  }
  if (!existsSync(path)) throw new SetupError(`apt-get installed ${pkg} but ${path} still does not exist.`);
  return path;
}

/**
 * The catalogue runs in Debian's chromium-headless-shell (the same build as chromium in the old headless
 * mode, far cheaper); the full chromium is installed beside it for `--headed` debugging.
 */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    const path = process.env.CHROMIUM_PATH;
    if (!existsSync(path)) {
      throw new SetupError(
        `CHROMIUM_PATH is ${path}, which does not exist; point it at a Chromium binary or unset it.`,
      );
    }
    return path;
  }
  const alternative = ' or set CHROMIUM_PATH to an existing Chromium';
  ensureDebianPackage('/usr/bin/chromium', 'chromium', alternative);
  return ensureDebianPackage('/usr/bin/chromium-headless-shell', 'chromium-headless-shell', alternative);
}

/** The mock's local CA and the NSS database Chromium trusts it through (certutil comes from libnss3-tools). */
function ensureMockCa() {
  ensureDebianPackage('/usr/bin/certutil', 'libnss3-tools', '');
  const [command, args] = IN_REPOSITORY
    ? ['npx', ['tsx', 'scripts/create-mock-ca.ts']]
    : [process.execPath, [join(ROOT, 'scripts', 'create-mock-ca.js')]];
  const result = run(command, args, { cwd: PROJECT, stdio: ['ignore', 'inherit', 'pipe'] });
  if (result.status !== 0) {
    throw new SetupError(`${firstLine(result.stderr) || 'creating the mock CA failed'}`);
  }
}

function goInstallMailpit(binDir) {
  const env = { ...process.env, GOBIN: binDir };
  return run('go', ['install', MAILPIT_LDFLAGS, `${MAILPIT_MODULE}@${MAILPIT_VERSION}`], { env });
}

// `go install` fails when the module proxy refuses its deprecation lookup (403); building the
// downloaded module directly skips that lookup.
function goBuildMailpit(bin) {
  const download = run('go', ['mod', 'download', '-json', `${MAILPIT_MODULE}@${MAILPIT_VERSION}`]);
  let module;
  try {
    module = JSON.parse(download.stdout);
  } catch {
    module = {};
  }
  if (download.status !== 0 || !module.Dir) {
    const reason = module.Error ?? firstLine(download.stderr);
    throw new SetupError(
      `Could not download Mailpit ${MAILPIT_VERSION} (${reason}); set MAILPIT_BIN to a mailpit binary.`,
    );
  }
  const env = { ...process.env, GOFLAGS: [process.env.GOFLAGS, '-mod=mod'].filter(Boolean).join(' ') };
  const build = run('go', ['build', MAILPIT_LDFLAGS, '-o', bin, '.'], { cwd: module.Dir, env });
  if (build.status !== 0) {
    throw new SetupError(
      `Building Mailpit failed (${firstLine(build.stderr)}); set MAILPIT_BIN to an existing mailpit binary.`,
    );
  }
}

function ensureMailpit() {
  if (process.env.MAILPIT_BIN) {
    const path = resolve(PROJECT, process.env.MAILPIT_BIN);
    if (existsSync(path)) return path;
    throw new SetupError(
      `MAILPIT_BIN is ${path}, which does not exist; point it at a mailpit binary or unset it.`,
    );
  }
  const binDir = join(PROJECT, '.tools', 'bin');
  const bin = join(binDir, 'mailpit');
  if (existsSync(bin)) return bin;
  if (!isOnPath('go')) {
    throw new SetupError(
      'Mailpit is built from source and that needs Go on PATH; install Go, or set MAILPIT_BIN to an existing mailpit binary.',
    );
  }
  console.log(`setup: building Mailpit ${MAILPIT_VERSION} into .tools/bin (about a minute the first time)`);
  mkdirSync(binDir, { recursive: true });
  const install = goInstallMailpit(binDir);
  if (install.status !== 0 || !existsSync(bin)) {
    console.log(
      `setup: go install failed (${firstLine(install.stderr)}); building from the module download instead`,
    );
    goBuildMailpit(bin);
  }
  return bin;
}

function firstStdoutLine(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 15_000,
  });
  const line = firstLine(result.stdout);
  if (result.status !== 0 || !line) {
    throw new SetupError(
      `\`${command} ${args.join(' ')}\` did not report a version; check that ${command} runs.`,
    );
  }
  return line;
}

function printVersions(chromium, mailpit) {
  // Mailpit prints "<path> <version> compiled with ..."; the release check would need the network.
  const mailpitLine = firstStdoutLine(mailpit, ['version', '--no-release-check']);
  const mailpitVersion = / (\S+) compiled with /.exec(mailpitLine)?.[1] ?? mailpitLine;
  console.log(`node      ${process.version}`);
  console.log(`chromium  ${firstStdoutLine(chromium, ['--version'])} (${chromium})`);
  console.log(`mailpit   ${mailpitVersion} (${mailpit})`);
}

try {
  ensureNodeModules();
  const chromium = ensureChromium();
  const mailpit = ensureMailpit();
  printVersions(chromium, mailpit);
  ensureMockCa();
} catch (error) {
  if (error instanceof SetupError) {
    console.error(`setup: ${error.message}`);
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`setup: unexpected failure (${reason}); fix the cause and run \`${AGAIN}\` again.`);
  }
  process.exit(1);
}
