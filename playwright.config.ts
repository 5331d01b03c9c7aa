// This repository's own run: the config preset applied to the package's catalogue (scenarios/), as a team's
// repository applies it to theirs (harness/preset/define-config.ts says what it holds).
export { default } from './harness/preset/catalogue.config.ts';
