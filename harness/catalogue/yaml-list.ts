/**
 * Reads a catalogue list file (a YAML list at the top level) keeping where each item and each of its keys
 * is, so that the checks can say `file:line:col` like the scenario loader does.
 * - An empty file, or `[]`, is an empty list: both lists are meant to shrink to nothing.
 * - A syntax error, or a top level that is not a list, is a ScenarioError at once.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { ScenarioError } from '../format/errors/scenario-error.ts';
import type { Problem } from '../format/errors/scenario-error.ts';
import { PROJECT_ROOT, REPO_ROOT } from '../repo-root.ts';

export interface ListItem {
  value: unknown;
  /** Where the item starts, or where the value of its key `key` is when the item is a mapping that has it. */
  at(key?: string): { line: number; col: number };
}

export interface YamlList {
  /** The file as messages name it: relative to the project (PROJECT_ROOT), with `/`. */
  file: string;
  items: ListItem[];
}

/** @example readYamlList('scenarios/uncovered-rules.yaml').items.map((item) => item.value) */
export function readYamlList(file: string): YamlList {
  const absolute = resolve(REPO_ROOT, file);
  return parseYamlList(readFileSync(absolute, 'utf8'), relative(PROJECT_ROOT, absolute).split(sep).join('/'));
}

export function parseYamlList(text: string, shownFile: string): YamlList {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problem = (offset: number, message: string): Problem => ({
    file: shownFile,
    ...lineCounter.linePos(offset),
    text: message,
  });
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((e) => problem(e.pos[0], `YAML syntax error: ${e.message}`)));
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { file: shownFile, items: [] };
  }
  if (!isSeq(doc.contents)) {
    throw new ScenarioError([problem(0, 'expected a list (each item starting with "-"), or [] for none')]);
  }
  const items = doc.contents.items.map((item): ListItem => {
    const node = item as Node;
    return {
      value: node.toJSON() as unknown,
      at: (key) => {
        const pair =
          key && isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        const valueNode = pair?.value as Node | null | undefined;
        return lineCounter.linePos(valueNode?.range?.[0] ?? node.range?.[0] ?? 0);
      },
    };
  });
  return { file: shownFile, items };
}
