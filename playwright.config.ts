// This repository's own run: the config preset applied to the package's catalogue (scenarios/), as a team's
// repository applies it to theirs. See harness/preset/define-config.ts for what it holds.
import { defineConfig } from './harness/preset/define-config.ts';

// No spec files of its own: the catalogue's tests are generated from scenarios/.
export default defineConfig({ specs: [] });
