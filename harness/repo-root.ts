import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the package's own files, with a trailing slash: the repository root here, `dist/` in the
 * installed package (the build copies the catalogue and the schema there, beside the compiled code).
 */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The project under test: `MFA_PROJECT_DIR` (the config preset sets it to its config file's folder), else the
 * current directory. Its `.tools/`, `.env` and scenario files live there, and messages name files from it; in
 * this repository it is REPO_ROOT.
 */
export const PROJECT_ROOT = resolve(process.env.MFA_PROJECT_DIR || process.cwd());
