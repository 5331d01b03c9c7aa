/**
 * `npm run rules:check`: every rule id of the mock's own rules (SEQ, SEL, ENR, RED, LOG) in
 * scenarios/rules.yaml is named in the title of at least one unit test under tests/unit/, so the mock's
 * decisions are tested rule by rule. Prints one line per missing id and exits 1.
 * - `ruleIds()` and `unitTestTitles()` are exported so that other checks (scenarios' `covers:`) can reuse them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRules, RULES_FILE } from '../harness/catalogue/rules.ts';
import { RULE_IDS_IN_TEXT } from '../contract/syntax.ts';
import { REPO_ROOT } from '../harness/repo-root.ts';

/** The families the unit tests must cover; EX (worked examples) are scenarios' business. */
export const UNIT_TESTED_FAMILIES = ['SEQ', 'SEL', 'ENR', 'RED', 'LOG'] as const;

/** Rule ids of the catalogue, in its order, optionally only those of some families. */
export function ruleIds(families: readonly string[] = UNIT_TESTED_FAMILIES): string[] {
  return loadRules(RULES_FILE)
    .map((rule) => rule.id)
    .filter((id) => families.includes(id.split('-')[0] ?? ''));
}

export interface TestTitle {
  file: string;
  title: string;
}

// `test('…'`, `it("…"`, `describe(`…``: the literal's text, template placeholders left as they are.
const TITLE = /\b(?:test|it|describe)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** The titles of every test (and describe block) in `*.test.ts` files under `dir`. */
export function unitTestTitles(dir = 'tests/unit'): TestTitle[] {
  const root = resolve(REPO_ROOT, dir);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.test.ts'),
  );
  return files.sort().flatMap((name) => {
    const file = relative(REPO_ROOT, join(root, name)).split(sep).join('/');
    const text = readFileSync(join(root, name), 'utf8');
    return [...text.matchAll(TITLE)].map((match) => ({ file, title: match[2] ?? '' }));
  });
}

/** Ids named in a title: `SEL-4: …` or `… (ENR-6) …`. */
export function idsInTitle(title: string): string[] {
  return [...title.matchAll(RULE_IDS_IN_TEXT)].map((match) => match[0]);
}

/** Rule ids that no unit test title names. */
export function idsWithoutUnitTest(ids: readonly string[], titles: readonly TestTitle[]): string[] {
  const named = new Set(titles.flatMap(({ title }) => idsInTitle(title)));
  return ids.filter((id) => !named.has(id));
}

function main(): number {
  const ids = ruleIds();
  const missing = idsWithoutUnitTest(ids, unitTestTitles());
  for (const id of missing)
    console.error(
      `${RULES_FILE}: ${id} is named in no unit test title under tests/unit/ (e.g. test('${id}: …'))`,
    );
  if (missing.length > 0) return 1;
  console.log(`rules: all ${ids.length} ${UNIT_TESTED_FAMILIES.join('/')} rules are named by unit tests`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
