/**
 * The rule catalogue, `scenarios/rules.yaml`: the ids a scenario may name in `covers:`.
 * - Read once per process: the loader consults it for every scenario file.
 * - A malformed table (an entry without `id`, a duplicate id) is a ScenarioError at its file:line:col, since
 *   every scenario check downstream would otherwise report nonsense.
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

export { RULE_ID };

const RuleEntry = z.strictObject({
  id: z.string().regex(RULE_ID),
  rule: z.string().min(1),
  source: z.string().min(1),
  interpretation: z.boolean().default(false),
  decisions: z
    .array(z.string().regex(/^\d{4}$/))
    .default([])
    .describe('Decision records (docs/decisions/NNNN-*.md) that say how the mock reads this rule.'),
});
export type Rule = z.infer<typeof RuleEntry>;

export const RULES_FILE = 'scenarios/rules.yaml';

const cache = new Map<string, readonly Rule[]>();

/** @example loadRules().filter((r) => r.interpretation).map((r) => r.id) */
export function loadRules(file = RULES_FILE): readonly Rule[] {
  const absolute = resolve(REPO_ROOT, file);
  const cached = cache.get(absolute);
  if (cached) return cached;
  const rules = parseRules(
    readFileSync(absolute, 'utf8'),
    relative(REPO_ROOT, absolute).split(sep).join('/'),
  );
  cache.set(absolute, rules);
  return rules;
}

/** Parses the table's text; `shownFile` is the name problems are reported under. */
export function parseRules(text: string, shownFile: string): readonly Rule[] {
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
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || 'the entry').join(', ');
      const text = `rule entry with a missing or invalid ${fields}; expected id (such as SEL-3), rule, source`;
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
