/**
 * The rule catalogue, `scenarios/rules.yaml`: the ids a scenario may name in `covers:`; or, in a team's run,
 * the team's own table (MFA_RULES_FILE, the same shape with ids of its own, such as ACME-1).
 * - Read once per process: the loader consults it for every scenario file.
 * - A malformed table (an entry without `id`, a duplicate id) is a ScenarioError at its file:line:col, since
 *   every scenario check downstream would otherwise report nonsense.
 * - A team's table may not use the catalogue's ids (SEL-3 is Auth0's rule): a failing team scenario must
 *   never read as Auth0 breaking one of its rules.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { z } from 'zod';
import { RULE_ID } from '../../contract/syntax.ts';
import { ScenarioError } from '../format/errors/scenario-error.ts';
import type { Problem } from '../format/errors/scenario-error.ts';
import { REPO_ROOT } from '../repo-root.ts';
import { isTeamRun, readTeamSettings, type TeamSettings } from '../team-settings.ts';

export { RULE_ID };

/** The shape of every rule id, the catalogue's (SEL-3) or a team's (ACME-1, outside the catalogue's prefixes). */
export const ANY_RULE_ID = /^[A-Z][A-Z0-9]*-\d+$/;

/** Whose rules a table holds: Auth0's (the built-in catalogue) or a team's own. */
export type RuleOwner = 'catalogue' | 'team';

const entry = (owner: RuleOwner) =>
  z.strictObject({
    id:
      owner === 'catalogue'
        ? z.string().regex(RULE_ID)
        : z
            .string()
            .regex(ANY_RULE_ID)
            .refine((id) => !RULE_ID.test(id), 'a catalogue id'),
    rule: z.string().min(1),
    source: z.string().min(1),
    interpretation: z.boolean().default(false),
    decisions: z
      .array(z.string().regex(/^\d{4}$/))
      .default([])
      .describe('Decision records (docs/decisions/NNNN-*.md) that say how the mock reads this rule.'),
  });
export type Rule = z.infer<ReturnType<typeof entry>>;

export const RULES_FILE = 'scenarios/rules.yaml';

const cache = new Map<string, readonly Rule[]>();

/** @example loadRules().filter((r) => r.interpretation).map((r) => r.id) */
export function loadRules(file = RULES_FILE, owner: RuleOwner = 'catalogue'): readonly Rule[] {
  const absolute = resolve(REPO_ROOT, file);
  const cached = cache.get(absolute);
  if (cached) return cached;
  const rules = parseRules(readFileSync(absolute, 'utf8'), shownPath(absolute), owner);
  cache.set(absolute, rules);
  return rules;
}

/** The rule table scenarios are checked against, and whether each must name a rule it covers. */
export interface RuleTable {
  owner: RuleOwner;
  /** As messages show it; undefined for a team run without a table of its own. */
  file: string | undefined;
  /** Its absolute path, so that a table kept among the scenarios is not read as one. */
  path: string | undefined;
  rules: readonly Rule[];
  /** The catalogue's scenarios each prove a rule; a team's may test its Action without one. */
  coversRequired: boolean;
}

/**
 * The built-in catalogue's table, or in a team's run (team-settings.ts) the team's own, or none: a team
 * without a table writes no `covers`.
 */
export function activeRuleTable(settings: TeamSettings = readTeamSettings()): RuleTable {
  if (!isTeamRun(settings)) {
    const path = resolve(REPO_ROOT, RULES_FILE);
    return { owner: 'catalogue', file: RULES_FILE, path, rules: loadRules(), coversRequired: true };
  }
  const file = settings.rulesFile;
  if (!file) return { owner: 'team', file: undefined, path: undefined, rules: [], coversRequired: false };
  const rules = loadRules(file, 'team');
  return { owner: 'team', file: shownPath(file), path: resolve(file), rules, coversRequired: false };
}

function shownPath(file: string): string {
  const fromRoot = relative(REPO_ROOT, resolve(REPO_ROOT, file));
  // A team's table lives in the team's repository: shown from the working directory, where they run.
  const shown = fromRoot.startsWith('..') ? relative(process.cwd(), resolve(REPO_ROOT, file)) : fromRoot;
  return shown.split(sep).join('/');
}

/** Parses the table's text; `shownFile` is the name problems are reported under. */
export function parseRules(text: string, shownFile: string, owner: RuleOwner = 'catalogue'): readonly Rule[] {
  const RuleEntry = entry(owner);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined, message: string): Problem => ({
    file: shownFile,
    ...lineCounter.linePos(offset ?? 0),
    text: message,
  });
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((e) => at(e.pos[0], `YAML syntax error: ${e.message}`)));
  }
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  if (!isSeq(doc.contents)) {
    throw new ScenarioError([at(0, 'expected a list of rules, each with id, rule and source')]);
  }
  const problems: Problem[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  items.forEach((item) => {
    const node = item as Node;
    const parsed = RuleEntry.safeParse(node.toJSON());
    if (!parsed.success) {
      const catalogueId = parsed.error.issues.some((issue) => issue.message === 'a catalogue id');
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || 'the entry').join(', ');
      const example = owner === 'catalogue' ? 'SEL-3' : 'ACME-1';
      const text = catalogueId
        ? `rule ${String((node.toJSON() as { id?: unknown }).id)} has the id of a catalogue rule (Auth0's); expected an id of the team's own, such as ${example}`
        : `rule entry with a missing or invalid ${fields}; expected id (such as ${example}), rule, source`;
      problems.push(at(node.range?.[0], text));
      return;
    }
    if (seen.has(parsed.data.id)) {
      const idNode = isMap(node) ? (node.get('id', true) as Node | undefined) : undefined;
      problems.push(at(idNode?.range?.[0], `rule ${parsed.data.id} appears twice; expected each id once`));
    }
    seen.add(parsed.data.id);
    rules.push(parsed.data);
  });
  if (problems.length > 0) throw new ScenarioError(problems);
  return rules;
}
