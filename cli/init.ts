// `npx mfa-conformance init`: a team's repository made ready to run its scenarios. Copies init-files/ (the
// config, two example scenarios for an example Action, a pull-request workflow against the mock and a nightly
// one against the test tenants, sharded, whose report job merges with the same config) and the package's
// .env.example, and adds the lines .gitignore lacks. A file that exists is kept as it is, and said so.
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ownFile } from '../harness/preset/own-files.ts';

/** What the run writes that git must not keep. */
const IGNORED = [
  'node_modules/',
  '.tools/',
  '.mfa-conformance/',
  'playwright-report/',
  'test-results/',
  'blob-report/',
  '.env',
];

/** Every file under `dir`, relative to it, with `/`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

function copyUnlessPresent(from: string, to: string, project: string): void {
  const shown = relative(project, to);
  if (existsSync(to)) {
    console.log(`kept     ${shown} (it exists; compare with ${from} if you want the example)`);
    return;
  }
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  console.log(`created  ${shown}`);
}

function addIgnoredLines(project: string): void {
  const file = join(project, '.gitignore');
  const present = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = new Set(present.split('\n').map((line) => line.trim()));
  const missing = IGNORED.filter((line) => !lines.has(line) && !lines.has(line.replace(/\/$/, '')));
  if (missing.length === 0) {
    console.log('kept     .gitignore (it ignores what the runs write)');
    return;
  }
  const separator = present === '' || present.endsWith('\n') ? '' : '\n';
  appendFileSync(file, `${separator}# mfa-conformance\n${missing.join('\n')}\n`);
  console.log(`${present ? 'appended' : 'created '} .gitignore (${missing.join(' ')})`);
}

/** Scaffolds `project`; returns the exit code. */
export function init(project: string): number {
  const templates = ownFile('cli/init-files');
  for (const name of filesUnder(templates))
    copyUnlessPresent(join(templates, name), join(project, name), project);
  copyUnlessPresent(ownFile('.env.example'), join(project, '.env.example'), project);
  addIgnoredLines(project);
  console.log(
    '\nNext: `npx mfa-conformance setup` (Chromium and Mailpit), then `npx playwright test` runs mfa/ against the mock.' +
      '\nFor the nightly workflow, give the repository the secrets its header lists (one tenant, or several in MFA_TENANTS_ENV).',
  );
  return 0;
}
