/**
 * The code a tenant's worker starts from: worker.ts bundled once per process, so that each new worker starts
 * in milliseconds instead of loading a TypeScript loader; and the realm's scripts, read once.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { REALM_SCRIPTS, type RealmSource } from './sandbox/realm-scripts.ts';

let bundled: Promise<string> | undefined;

export function workerCode(): Promise<string> {
  bundled ??= build({
    // worker.js once the package is built (dist/), worker.ts in the repository: esbuild bundles either.
    entryPoints: [
      fileURLToPath(new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)),
    ],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    // Strict, so that no host function on a stack below Action code has a `this` or a `caller` to give away.
    banner: { js: "'use strict';" },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

let sources: RealmSource[] | undefined;

export function realmSources(): RealmSource[] {
  sources ??= REALM_SCRIPTS.map((name) => ({
    name,
    source: readFileSync(new URL(`./realm/${name}.js`, import.meta.url), 'utf8'),
  }));
  return sources;
}
