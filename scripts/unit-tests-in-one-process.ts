/**
 * `node --import tsx scripts/unit-tests-in-one-process.ts FILE...`: runs the given node:test files in this
 * one process, in the order given. `node --test` starts a process per file, and each pays tsx's start-up;
 * Stryker's command runner runs the command once per mutant, so `npm run mutation` uses this instead.
 * node:test itself sets the exit code to 1 when a test fails.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node --import tsx scripts/unit-tests-in-one-process.ts FILE...');
  process.exitCode = 2;
}
for (const file of files) await import(pathToFileURL(resolve(file)).href);
