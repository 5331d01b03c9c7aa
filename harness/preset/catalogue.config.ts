// The package's own catalogue, run from a team's repository by `npx mfa-conformance catalogue`: the preset
// with its default scenarios (the package's) and no spec files. Reports go to the team's project.
import { defineConfig } from './define-config.ts';

export default defineConfig();
