/**
 * Reads scenario files into parsed `Scenario`s, or throws a ScenarioError naming every problem by
 * `file:line:col`:
 * - YAML syntax errors first, alone (validating a half-parsed file only adds noise);
 * - then every schema problem, every Action file that does not exist, and every rule id, tag and target
 *   that disagrees with scenarios/rules.yaml (rule-findings.ts), in file order.
 * Relative paths are taken from the repo root, as are the paths in messages, so the cwd does not matter.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { outcomeFindings } from './outcome.ts';
import { ActionRef, Scenario } from './schema.ts';
import { resolveAction, resolveActions, type ActionSource } from './action-sources.ts';
import { actionSyntaxProblem } from './action-syntax.ts';
import { ExportError } from '../deploy-cli/read-export.ts';
import { readTeamSettings } from '../team-settings.ts';
import { didYouMean } from './errors/did-you-mean.ts';
import { STEP_EXPLAINERS } from './errors/explain-step.ts';
import { explainIssues } from './errors/explain-zod.ts';
import { ScenarioError, type Finding, type Path, type Problem } from './errors/scenario-error.ts';
import { activeRuleTable, type RuleTable } from '../catalogue/rules.ts';
import { ruleFindings } from '../catalogue/rule-findings.ts';
import { PROJECT_ROOT } from '../repo-root.ts';

export interface LoadedScenario {
  /** Path relative to the repo root, with `/`. */
  file: string;
  /** Path relative to scenarios/ without `.yaml`, e.g. `challenge/otp-wrong-code`. */
  id: string;
  scenario: Scenario;
  /** Where each `login` step starts, for the runner's messages. */
  stepLocations: Array<{ line: number; col: number }>;
  /** `tenant.actions` resolved: the code, secrets and dependencies each Action is deployed with. */
  actions: ActionSource[];
}

/**
 * @example loadScenario('scenarios/challenge/otp-enrolled-user.yaml').scenario.login
 * @param scenariosDir what ids are relative to.
 * @param actionsDir what Action paths are relative to (the scenarios folder unless the preset names another).
 */
export function loadScenario(
  file: string,
  scenariosDir = 'scenarios',
  actionsDir = scenariosDir,
  table: RuleTable = activeRuleTable(),
): LoadedScenario {
  const absolute = resolve(PROJECT_ROOT, file);
  const root = resolve(PROJECT_ROOT, scenariosDir);
  const shownFile = fromRepoRoot(absolute);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter, prettyErrors: false });
  const locate = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    throw new ScenarioError(
      doc.errors.map((error) => ({ file: shownFile, ...locate(error.pos[0]), text: syntaxText(doc, error) })),
    );
  }
  let input: unknown;
  try {
    input = doc.toJS();
  } catch (error) {
    // yaml refuses to expand aliases past its limit (a "billion laughs" file): say so, at the file.
    const text = `${(error as Error).message.replace(/\.$/, '')}; expected a scenario whose aliases expand to a small document`;
    throw new ScenarioError([{ file: shownFile, line: 1, col: 1, text }]);
  }
  const result = Scenario.safeParse(input);
  const findings = [
    ...(result.success ? [] : explainIssues(Scenario, input, result.error.issues, [], STEP_EXPLAINERS)),
    ...missingActions(input, resolve(PROJECT_ROOT, actionsDir)),
    ...exportFindings(input, resolve(PROJECT_ROOT, actionsDir)),
    ...ruleFindings(input, table.rules, table),
  ];
  if (result.success) findings.push(...outcomeFindings(result.data.login));
  if (!result.success && findings.length === 0)
    findings.push({ path: [], at: 'value', text: result.error.message });
  if (!result.success || findings.length > 0) {
    const problems: Problem[] = findings.map((f) => ({
      file: shownFile,
      ...locate(offsetOf(doc, f)),
      text: f.text,
    }));
    throw new ScenarioError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  }
  // Syntax errors are the Action file's own: reported at its line and column, not the scenario's.
  const actions = resolveActions(result.data.tenant.actions, resolve(PROJECT_ROOT, actionsDir));
  const syntax = actions.flatMap((source) => actionSyntaxProblem(source) ?? []);
  if (syntax.length > 0) throw new ScenarioError(syntax);
  const steps = doc.getIn(['login'], true);
  return {
    file: shownFile,
    id: idOf(absolute, root),
    scenario: result.data,
    stepLocations: isSeq(steps) ? steps.items.map((step) => locate(rangeStart(step as Node | null))) : [],
    actions,
  };
}

/** The catalogue's own files beside the scenarios: the rule table, and the lists the checks keep. */
const CATALOGUE_FILES = ['rules.yaml', 'expected-failures.yaml', 'uncovered-rules.yaml'];

/** A scenario file that does not load: its id and what is wrong, by `file:line:col`. */
export interface BrokenScenario {
  file: string;
  id: string;
  error: ScenarioError;
}

/**
 * Every `*.yaml` under `dir` (Action code in `dir/actions/` and the CATALOGUE_FILES excluded), sorted by
 * path: the ones that load, and apart the ones that do not, so that one bad file fails alone (the spec makes
 * it a failing test of its own) while every other scenario still runs.
 */
export function readCatalogue(
  dir = 'scenarios',
  actionsDir = dir,
  table: RuleTable = activeRuleTable(),
): { loaded: LoadedScenario[]; broken: BrokenScenario[] } {
  const root = resolve(PROJECT_ROOT, dir);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => !name.startsWith('actions/') && !CATALOGUE_FILES.includes(name))
    .filter((name) => join(root, name) !== table.path)
    .sort();
  const loaded: LoadedScenario[] = [];
  const broken: BrokenScenario[] = [];
  for (const name of files) {
    const absolute = join(root, name);
    const file = fromRepoRoot(absolute);
    // A .yml file would be skipped in silence, and its scenario never run.
    if (name.endsWith('.yml')) {
      const text = `scenario files end in .yaml; expected ${basename(name, '.yml')}.yaml`;
      const error = new ScenarioError([{ file, line: 1, col: 1, text }]);
      broken.push({ file, id: idOf(absolute, root).replace(/\.yml$/, ''), error });
    }
    if (!name.endsWith('.yaml')) continue;
    try {
      loaded.push(loadScenario(absolute, root, actionsDir, table));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      broken.push({ file, id: idOf(absolute, root), error });
    }
  }
  return { loaded, broken };
}

/** Every scenario under `dir`, or a ScenarioError naming every problem of every file (for the checks). */
export function loadScenarios(dir = 'scenarios'): LoadedScenario[] {
  const { loaded, broken } = readCatalogue(dir);
  if (broken.length > 0) throw new ScenarioError(broken.flatMap((b) => b.error.problems));
  return loaded;
}

function missingActions(input: unknown, root: string): Finding[] {
  const actions = isRecord(input) && isRecord(input.tenant) ? input.tenant.actions : undefined;
  if (!Array.isArray(actions)) return [];
  const known = actionFiles(root);
  const findings: Finding[] = [];
  actions.forEach((action: unknown, i) => {
    const [ref, path]: [unknown, Path] = isRecord(action)
      ? [action.file, ['tenant', 'actions', i, 'file']]
      : [action, ['tenant', 'actions', i]];
    if (typeof ref !== 'string') return;
    // The harness reads the file and deploys it: a path out of the folder would deploy any file on disk.
    const outside = relative(root, resolve(root, ref)).startsWith('..') || isAbsolute(ref);
    if (outside) {
      const text = `Action file "${ref}" is outside ${fromRepoRoot(root)}/; expected a path inside it, such as actions/<name>.js`;
      findings.push({ path, at: 'value', text });
      return;
    }
    if (isFile(resolve(root, ref))) return;
    const near = known.find((k) => k.split('/').pop() === ref.split('/').pop());
    const hint = near ? ` (did you mean "${near}"?)` : didYouMean(ref, known);
    const text = `Action file "${ref}" does not exist; expected a path relative to ${fromRepoRoot(root)}/${hint}`;
    findings.push({ path, at: 'value', text });
  });
  return findings;
}

/** Each Action named from the deploy-cli export that the export cannot give, at its entry. */
function exportFindings(input: unknown, root: string): Finding[] {
  const actions = isRecord(input) && isRecord(input.tenant) ? input.tenant.actions : undefined;
  if (!Array.isArray(actions)) return [];
  const deployCliDir = readTeamSettings().deployCliDir;
  return actions.flatMap((action: unknown, i): Finding[] => {
    if (!isRecord(action) || !('export' in action || 'exportBindings' in action)) return [];
    const parsed = ActionRef.safeParse(action);
    if (!parsed.success) return [];
    try {
      resolveAction(parsed.data, root, deployCliDir);
      return [];
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      return [{ path: ['tenant', 'actions', i], at: 'value', text: error.message }];
    }
  });
}

/** The Action files a scenario may name: every script under the Actions folder (the catalogue's actions/). */
function actionFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => /\.[cm]?js$/.test(name) && !name.includes('node_modules/') && isFile(join(root, name)));
}

function syntaxText(doc: Document, error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `key ${keyAt(doc, error.pos[0])}appears twice in this mapping; expected each key once`;
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; expected spaces';
    case 'MULTIPLE_DOCS':
      return 'a second YAML document starts here; expected one scenario per file';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a mapping starts on the same line as its key; expected it on the next lines, indented, or the value quoted';
  }
  const message = error.message.charAt(0).toLowerCase() + error.message.slice(1);
  return `YAML syntax error: ${message}; expected valid YAML`;
}

function keyAt(doc: Document, offset: number): string {
  let found = '';
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range?.[0] === offset) found = `"${String(pair.key.value)}" `;
        visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(doc.contents);
  return found;
}

/** Walks the YAML to the finding's path; where the path ends early, the deepest node found stands in. */
function offsetOf(doc: Document, finding: Finding): number {
  let node: unknown = doc.contents;
  let key: unknown;
  for (const seg of finding.path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      [key, node] = [pair.key, pair.value];
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      [key, node] = [undefined, node.items[seg]];
    } else break;
  }
  // `summary:` with nothing after it has an empty node at the line's end: the key is where the eye goes.
  const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
  const target = (finding.at === 'key' || empty || !node) && key ? key : node;
  return rangeStart(target as Node | null | undefined);
}

function rangeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

function idOf(absolute: string, root: string): string {
  const fromRoot = relative(root, absolute);
  const id = fromRoot.startsWith('..') ? relative(PROJECT_ROOT, absolute) : fromRoot;
  return id
    .split(sep)
    .join('/')
    .replace(/\.yaml$/, '');
}

function fromRepoRoot(absolute: string): string {
  return relative(PROJECT_ROOT, absolute).split(sep).join('/');
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
