/**
 * A team's auth0-deploy-cli export (MFA_DEPLOY_CLI_DIR), read for its post-login Actions the way `a0deploy
 * import` reads them, so the mock runs exactly what the team deploys (docs/decisions/0059):
 * - the directory format: `actions/<name>.json` (name, code path, dependencies, secrets) with the code in
 *   `actions/<name>/code.js`, and the bindings in `triggers/triggers.json`;
 * - the YAML format: `tenant.yaml`'s `actions:` and `triggers:`, code paths relative to the YAML file;
 * - keywords (`##KEY##`, `@@KEY@@`) replaced in metadata and code from AUTH0_KEYWORD_REPLACE_MAPPINGS of the
 *   deploy-cli config: `config.json` in the folder, or the config file MFA_DEPLOY_CLI_DIR names, whose
 *   AUTH0_INPUT_FILE (relative to it) is the export.
 * A problem is an ExportError: one sentence naming the file and what to do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { replaceKeywords, type KeywordMappings, type Replaced } from './keyword-replace.ts';

export interface ExportedAction {
  name: string;
  /** Its code file, as messages and stacks show it (from the working directory). */
  codeFile: string;
  /** Its code as deployed: keywords replaced, positions mappable back to `codeFile`. */
  code: Replaced;
  secrets: Array<{ name: string; value?: string }>;
  dependencies: Array<{ name: string; version: string }>;
}

export interface DeployCliExport {
  /** The export's folder or YAML file, as shown. */
  shown: string;
  actions: ExportedAction[];
  /** The post-login trigger's bindings, by Action name, in order; undefined when the export has none. */
  postLogin: string[] | undefined;
}

export class ExportError extends Error {
  override name = 'ExportError';
}

const cache = new Map<string, DeployCliExport>();

/** The export at `location` (a folder, or a deploy-cli config file), read once per process. */
export function readExport(location: string): DeployCliExport {
  const absolute = resolve(location);
  const known = cache.get(absolute);
  if (known) return known;
  const { input, mappings } = locate(absolute);
  const read =
    input.endsWith('.yaml') || input.endsWith('.yml')
      ? readYaml(input, mappings)
      : readDirectory(input, mappings);
  cache.set(absolute, read);
  return read;
}

function locate(location: string): { input: string; mappings: KeywordMappings } {
  if (!existsSync(location)) {
    throw new ExportError(
      `the deploy-cli export ${shown(location)} does not exist; expected the folder a0deploy export wrote (deployCli in the config, MFA_DEPLOY_CLI_DIR)`,
    );
  }
  const isConfig = statSync(location).isFile() && location.endsWith('.json');
  const configFile = isConfig ? location : join(location, 'config.json');
  const config = existsSync(configFile)
    ? (readJson(configFile, (text) => text) as Record<string, unknown>)
    : {};
  const mappings = config.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {};
  if (typeof mappings !== 'object' || mappings === null || Array.isArray(mappings)) {
    throw new ExportError(
      `${shown(configFile)}: AUTH0_KEYWORD_REPLACE_MAPPINGS is not a mapping; expected { "KEY": value, ... }`,
    );
  }
  const base = isConfig ? dirname(location) : location;
  const named =
    typeof config.AUTH0_INPUT_FILE === 'string' ? resolve(base, config.AUTH0_INPUT_FILE) : undefined;
  if (isConfig && !named) {
    throw new ExportError(
      `${shown(configFile)} names no AUTH0_INPUT_FILE; expected the export's folder or tenant.yaml there, or deployCli naming the export's folder`,
    );
  }
  let input = named ?? location;
  if (statSync(input).isDirectory() && !existsSync(join(input, 'actions'))) {
    const yaml = ['tenant.yaml', 'tenant.yml'].map((name) => join(input, name)).find((f) => existsSync(f));
    if (yaml) input = yaml;
  }
  return { input, mappings: mappings as KeywordMappings };
}

function readDirectory(root: string, mappings: KeywordMappings): DeployCliExport {
  const folder = join(root, 'actions');
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  const actions = files.map((name) => {
    const file = join(folder, name);
    return exported(
      readJson(file, (text) => replaceKeywords(text, mappings).text),
      file,
      root,
      mappings,
    );
  });
  const triggerFolder = join(root, 'triggers');
  const triggerFile = existsSync(triggerFolder)
    ? readdirSync(triggerFolder)
        .filter((name) => name.endsWith('.json'))
        .sort()[0]
    : undefined;
  const triggers = triggerFile
    ? readJson(join(triggerFolder, triggerFile), (text) => replaceKeywords(text, mappings).text)
    : undefined;
  return {
    shown: shown(root),
    actions,
    postLogin: postLoginOf(triggers, triggerFile ? join(triggerFolder, triggerFile) : root),
  };
}

function readYaml(file: string, mappings: KeywordMappings): DeployCliExport {
  let tenant: unknown;
  try {
    tenant = parseYaml(replaceKeywords(readFileSync(file, 'utf8'), mappings).text);
  } catch (error) {
    throw new ExportError(
      `${shown(file)} is not valid YAML (${(error as Error).message.split('\n')[0]}); expected the file a0deploy export writes`,
    );
  }
  const record = isRecord(tenant) ? tenant : {};
  const list = Array.isArray(record.actions) ? record.actions : [];
  const actions = list.map((action) => exported(action, file, dirname(file), mappings));
  return { shown: shown(file), actions, postLogin: postLoginOf(record.triggers, file) };
}

function exported(
  value: unknown,
  declaredIn: string,
  codeRoot: string,
  mappings: KeywordMappings,
): ExportedAction {
  const action = isRecord(value) ? value : {};
  const name = action.name;
  if (typeof name !== 'string' || typeof action.code !== 'string') {
    throw new ExportError(
      `${shown(declaredIn)}: an Action without a name or code path; expected name and code, as a0deploy export writes them`,
    );
  }
  const codeFile = resolve(codeRoot, action.code);
  if (!existsSync(codeFile)) {
    throw new ExportError(
      `${shown(declaredIn)}: the code of Action "${name}", ${action.code}, does not exist; expected it at ${shown(codeFile)}`,
    );
  }
  const secrets = Array.isArray(action.secrets) ? action.secrets.filter(isRecord) : [];
  const dependencies = Array.isArray(action.dependencies) ? action.dependencies.filter(isRecord) : [];
  return {
    name,
    codeFile: shown(codeFile),
    code: replaceKeywords(readFileSync(codeFile, 'utf8'), mappings),
    secrets: secrets.map((s) => ({
      name: String(s.name),
      ...(typeof s.value === 'string' ? { value: s.value } : {}),
    })),
    dependencies: dependencies.map((d) => ({ name: String(d.name), version: String(d.version) })),
  };
}

function postLoginOf(triggers: unknown, file: string): string[] | undefined {
  if (!isRecord(triggers) || triggers['post-login'] === undefined) return undefined;
  const bindings = triggers['post-login'];
  if (!Array.isArray(bindings)) {
    throw new ExportError(
      `${shown(file)}: post-login is not a list; expected [{ action_name, display_name }, ...]`,
    );
  }
  return bindings.map((binding) => String(isRecord(binding) ? binding.action_name : binding));
}

function readJson(file: string, prepare: (text: string) => string): unknown {
  try {
    return JSON.parse(prepare(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new ExportError(
      `${shown(file)} is not valid JSON (${(error as Error).message}); expected the file a0deploy export writes`,
    );
  }
}

/** A path as a team reads it: from the working directory, where they run Playwright. */
export function shown(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/') || '.';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
