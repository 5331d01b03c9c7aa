/**
 * A scenario's `tenant.actions` resolved to what gets deployed, in binding order: a file under the scenarios
 * folder, one Action of the team's deploy-cli export by name, or the export's post-login bindings expanded
 * in their order (harness/deploy-cli/). The loader resolves them to check them, provisioning to deploy
 * them, and the runner to map an Action's stack back to its file.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Replaced } from '../deploy-cli/keyword-replace.ts';
import { readExport, type DeployCliExport, ExportError } from '../deploy-cli/read-export.ts';
import { readTeamSettings } from '../team-settings.ts';
import type { Scenario } from './schema.ts';

export interface ActionSource {
  /** What the report calls it: its file, or its name in the export. */
  label: string;
  /** The file its code comes from, as messages show it; a stack's positions are mapped into it. */
  file: string;
  code: string;
  /** The position in `file` of a position in `code` (they differ where a keyword was replaced). */
  sourcePosition: Replaced['sourcePosition'];
  secrets: Record<string, string>;
  dependencies: Array<{ name: string; version: string }>;
}

type ActionRef = Scenario['tenant']['actions'][number];

/** Every source of `actions`, or an ExportError saying what the export lacks. */
export function resolveActions(
  actions: readonly ActionRef[],
  scenariosDir: string,
  deployCliDir = readTeamSettings().deployCliDir,
): ActionSource[] {
  return actions.flatMap((ref) => resolveAction(ref, scenariosDir, deployCliDir));
}

/** One entry of `tenant.actions`: the bindings entry expands to several. */
export function resolveAction(
  ref: ActionRef,
  scenariosDir: string,
  deployCliDir: string | undefined,
): ActionSource[] {
  if (typeof ref === 'string' || 'file' in ref) {
    const entry = typeof ref === 'string' ? { file: ref } : ref;
    const path = join(scenariosDir, entry.file);
    return [
      {
        label: entry.file,
        file: relative(process.cwd(), path).split(sep).join('/'),
        code: readFileSync(path, 'utf8'),
        sourcePosition: (line, col) => ({ line, col }),
        secrets: entry.secrets ?? {},
        dependencies: entry.dependencies ?? [],
      },
    ];
  }
  const exported = exportAt(deployCliDir);
  if ('exportBindings' in ref) {
    if (!exported.postLogin) {
      throw new ExportError(
        `the deploy-cli export ${exported.shown} binds nothing to post-login (no triggers with post-login); expected triggers/triggers.json (or triggers: in tenant.yaml) with post-login bindings`,
      );
    }
    return exported.postLogin.map((name) => fromExport(exported, name, {}));
  }
  return [fromExport(exported, ref.export, ref.secrets ?? {})];
}

function exportAt(deployCliDir: string | undefined): DeployCliExport {
  if (!deployCliDir) {
    throw new ExportError(
      'the scenario names an Action of a deploy-cli export, but no export is set; expected deployCli in the config (MFA_DEPLOY_CLI_DIR) naming the folder a0deploy export wrote',
    );
  }
  return readExport(deployCliDir);
}

function fromExport(exported: DeployCliExport, name: string, given: Record<string, string>): ActionSource {
  const action = exported.actions.find((a) => a.name === name);
  if (!action) {
    const names = exported.actions.map((a) => a.name).join(', ') || 'none';
    throw new ExportError(
      `the deploy-cli export ${exported.shown} has no Action named "${name}"; expected one of: ${names}`,
    );
  }
  const secrets: Record<string, string> = {};
  for (const secret of action.secrets) {
    const value = given[secret.name] ?? secret.value;
    if (value === undefined) {
      throw new ExportError(
        `secret ${secret.name} of Action "${name}" has no value in the export (Auth0 never exports secret values); expected a keyword for it (##${secret.name}## with AUTH0_KEYWORD_REPLACE_MAPPINGS) or its value under secrets: in the scenario`,
      );
    }
    secrets[secret.name] = value;
  }
  const undeclared = Object.keys(given).find((key) => !action.secrets.some((s) => s.name === key));
  if (undeclared) {
    const declared = action.secrets.map((s) => s.name).join(', ') || 'none';
    throw new ExportError(
      `secret ${undeclared} is not one Action "${name}" declares in the export, so it would not exist when the team deploys it; expected one of: ${declared}`,
    );
  }
  return {
    label: name,
    file: action.codeFile,
    code: action.code.text,
    sourcePosition: action.code.sourcePosition,
    secrets,
    dependencies: action.dependencies,
  };
}
