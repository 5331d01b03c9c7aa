/**
 * The decision records (docs/decisions/NNNN-*.md) and their links to the rule table:
 * - every record has a `Status:` line (accepted, or provisional while it rests on an UNSURE item)
 * - every rule a record names in its `Rule(s):` line names the record in its `decisions:`, and back
 * - every interpretation rule has a record, and every repository path a record names in backticks exists
 * - docs/decisions/README.md holds the index as `npm run decisions` writes it
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS_IN_TEXT } from '../../contract/syntax.ts';
import { REPO_ROOT } from '../repo-root.ts';
import type { Rule } from './rules.ts';

export const DECISIONS_DIR = 'docs/decisions';
export const DECISIONS_INDEX = `${DECISIONS_DIR}/README.md`;

const STATUSES = ['accepted', 'provisional'] as const;
/** Top-level folders whose paths a record may cite. */
const CITED_ROOTS = /^(contract|mock|harness|tests|scripts|scenarios|docs|schema)\//;

export interface DecisionRecord {
  /** `0010` */
  id: string;
  file: string;
  title: string;
  status: string;
  rules: string[];
  /** Repository paths the record cites in backticks. */
  cites: string[];
}

/** One record's facts, from its text. */
export function parseDecision(file: string, text: string): DecisionRecord {
  const id = /(\d{4})-[^/]*\.md$/.exec(file)?.[1] ?? '';
  const title = (/^# \d{4}\. (.*)$/m.exec(text)?.[1] ?? '').trim();
  const status = (/^Status: ([a-z]+)\.?$/m.exec(text)?.[1] ?? '').trim();
  const rulesLine = /^(?:.*\. )?Rules?: (.*)$/m.exec(text)?.[1] ?? '';
  const rules = [...(rulesLine.split(' Code: ')[0] ?? '').matchAll(RULE_IDS_IN_TEXT)].map((m) => m[0]);
  const cites = [...text.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1] ?? '')
    .filter((path) => CITED_ROOTS.test(path))
    .map((path) => path.replace(/[*].*$/, ''));
  return { id, file, title, status, rules, cites: [...new Set(cites)] };
}

export function readDecisions(dir = DECISIONS_DIR): DecisionRecord[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((name) => /^\d{4}-.*\.md$/.test(name))
    .sort()
    .map((name) => parseDecision(`${dir}/${name}`, readFileSync(join(REPO_ROOT, dir, name), 'utf8')));
}

const INDEX_START = '<!-- index: written by `npm run decisions`; npm test fails when it is stale -->';
const INDEX_END = '<!-- end of index -->';

/** The index table of docs/decisions/README.md. */
export function renderIndex(records: readonly DecisionRecord[]): string {
  const rows = records.map((r) => {
    const name = r.file.split('/').pop() ?? r.file;
    return `| [${r.id}](${name}) | ${r.title.replace(/\|/g, '\\|')} | ${r.status} | ${r.rules.join(', ')} |`;
  });
  return [
    INDEX_START,
    '',
    '| record | decision | status | rules |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    INDEX_END,
  ].join('\n');
}

/** README.md's text with its index replaced by `index`. */
export function withIndex(readme: string, index: string): string {
  const start = readme.indexOf(INDEX_START);
  const end = readme.indexOf(INDEX_END);
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${index}\n`;
  return readme.slice(0, start) + index + readme.slice(end + INDEX_END.length);
}

/** Every broken link between the records, the rule table and the index, one sentence each. */
export function decisionFindings(
  records: readonly DecisionRecord[],
  rules: readonly Rule[],
  readme: string,
  exists: (path: string) => boolean = (path) => existsSync(join(REPO_ROOT, path)),
): string[] {
  const problems: string[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const record of records) {
    if (!(STATUSES as readonly string[]).includes(record.status)) {
      problems.push(`${record.file}: expected a line "Status: ${STATUSES.join(' | ')}."`);
    }
    for (const id of record.rules) {
      const rule = rules.find((r) => r.id === id);
      if (!rule) problems.push(`${record.file} names rule ${id}, which scenarios/rules.yaml does not have`);
      else if (!rule.decisions.includes(record.id)) {
        problems.push(
          `${record.file} names ${id}: add '${record.id}' to ${id}'s decisions in scenarios/rules.yaml`,
        );
      }
    }
    for (const path of record.cites) {
      if (!exists(path))
        problems.push(`${record.file} cites ${path}, which does not exist: update the record`);
    }
  }
  for (const rule of rules) {
    for (const id of rule.decisions) {
      const record = byId.get(id);
      if (!record)
        problems.push(
          `scenarios/rules.yaml: ${rule.id} names decision ${id}, which has no record in ${DECISIONS_DIR}/`,
        );
      else if (!record.rules.includes(rule.id)) {
        problems.push(
          `scenarios/rules.yaml: ${rule.id} names decision ${id}, whose Rules line does not name ${rule.id}`,
        );
      }
    }
    if (rule.interpretation && rule.decisions.length === 0) {
      problems.push(`scenarios/rules.yaml: ${rule.id} is an interpretation rule without a decision record`);
    }
  }
  if (!readme.includes(renderIndex(records))) {
    problems.push(`${DECISIONS_INDEX} is stale: run \`npm run decisions\``);
  }
  return problems;
}
