// The package's own modules and files, wherever it runs from: the TypeScript sources in this repository
// (run through tsx or Playwright's transform), the compiled JavaScript under dist/ once installed.
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../repo-root.ts';

/** `.ts` in the repository, `.js` in the built package: the extension this very module has. */
const EXTENSION = extname(fileURLToPath(import.meta.url));

/** Whether this is the built package (dist/), which runs with plain node, or the sources, which need tsx. */
export const BUILT = EXTENSION === '.js';

/** @example ownModule('mock/server') // …/mock/server.ts here, …/dist/mock/server.js installed */
export function ownModule(pathWithoutExtension: string): string {
  return join(REPO_ROOT, pathWithoutExtension + EXTENSION);
}

/** @example ownFile('schema/scenario.schema.json') */
export function ownFile(path: string): string {
  return join(REPO_ROOT, path);
}
