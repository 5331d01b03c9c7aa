// `mfa-conformance/test`: the harness's fixtures for a team's own spec files, for checks a scenario file
// cannot express. `test.use({ scenario: scenario('mfa/otp.yaml') })` names the scenario whose tenant and user
// the fixtures provision (`provisioned`, on `target`); `run()` plays its login steps; `mailbox` and
// `authenticator` work with or without it.
import { actionsDir, scenariosDir } from '../config.ts';
import { loadScenario, type LoadedScenario } from '../format/load.ts';

export { expect, test } from '../fixtures.ts';
export type { ScenarioFixtures } from '../fixtures.ts';
export type { LoadedScenario } from '../format/load.ts';
export type { TargetTenant } from '../target/target.ts';

/**
 * The scenario file at `path` (relative to the project), read as the preset's scenarios and Actions folders
 * say; throws its `file:line:col` problems.
 *
 * @example test.use({ scenario: scenario('mfa/otp-challenge.yaml') });
 */
export function scenario(path: string): LoadedScenario {
  return loadScenario(path, scenariosDir(), actionsDir());
}
