// Where a team's own files are, when the harness runs a team's scenarios rather than the built-in catalogue.
// - The config preset sets these variables in playwright.config.ts, so they reach the workers too.
// - Each unset (or empty) means today's behaviour: the built-in catalogue, its rule table, no export.
// - Relative paths are taken from the working directory (the team's repository, where Playwright runs).
import { resolve } from 'node:path';

export interface TeamSettings {
  /** `MFA_SCENARIOS_DIR`: the team's scenarios folder; undefined for the built-in catalogue. */
  scenariosDir?: string;
  /** `MFA_ACTIONS_DIR`: the team's Action code. */
  actionsDir?: string;
  /** `MFA_DEPLOY_CLI_DIR`: the team's auth0-deploy-cli export (directory or YAML format), or its config file. */
  deployCliDir?: string;
  /** `MFA_RULES_FILE`: the team's own rule table, the shape of scenarios/rules.yaml, with its own ids. */
  rulesFile?: string;
}

/**
 * The team settings of `env` (the process's by default), read when asked: the config sets the variables
 * while it loads, possibly after this module was first imported.
 */
export function readTeamSettings(env: NodeJS.ProcessEnv = process.env): TeamSettings {
  const path = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? resolve(raw) : undefined;
  };
  return {
    scenariosDir: path('MFA_SCENARIOS_DIR'),
    actionsDir: path('MFA_ACTIONS_DIR'),
    deployCliDir: path('MFA_DEPLOY_CLI_DIR'),
    rulesFile: path('MFA_RULES_FILE'),
  };
}

/** Whether the run is a team's (its scenarios or its rule table), not the built-in catalogue's. */
export function isTeamRun(settings: TeamSettings = readTeamSettings()): boolean {
  return settings.scenariosDir !== undefined || settings.rulesFile !== undefined;
}
