/**
 * What a scenario's `covers:`, `tags:` and `targets:` must agree on, beyond the schema:
 * - every covered id is in the rule table (scenarios/rules.yaml, or a team's own: rules.ts), or the report
 *   would show a rule nobody wrote; the catalogue's scenarios must cover one, a team's may not cover Auth0's;
 * - no id is listed twice (a repeat reads as more coverage than there is);
 * - a scenario covering an interpretation rule is tagged `interpretation`, so `--grep @interpretation` finds
 *   everything to check first against a real tenant;
 * - leaving `tenant` out of `targets` needs `mockOnly:` (the reason the tenant run prints when it skips) and
 *   the `mock-only` tag, and the tag needs `tenant` left out.
 * Works on the raw input, so these problems show beside schema problems in one run.
 */
import { didYouMean } from '../format/errors/did-you-mean.ts';
import type { Finding } from '../format/errors/scenario-error.ts';
import { RULE_ID, RULES_FILE, ANY_RULE_ID, type Rule, type RuleTable } from './rules.ts';

/** The table's name and owner, as the findings need them. */
type TableContext = Pick<RuleTable, 'owner' | 'file' | 'coversRequired'>;

const CATALOGUE: TableContext = { owner: 'catalogue', file: RULES_FILE, coversRequired: true };

export function ruleFindings(
  input: unknown,
  rules: readonly Rule[],
  table: TableContext = CATALOGUE,
): Finding[] {
  if (!isRecord(input)) return [];
  return [...coverFindings(input, rules, table), ...targetFindings(input)];
}

function coverFindings(
  input: Record<string, unknown>,
  rules: readonly Rule[],
  table: TableContext,
): Finding[] {
  if (input.covers === undefined && table.coversRequired) {
    const text = 'missing "covers"; expected a non-empty list, each a rule id such as SEL-3';
    return [{ path: [], at: 'value', text }];
  }
  const covers = Array.isArray(input.covers) ? input.covers : [];
  const tags = stringsIn(input.tags);
  const ids = rules.map((rule) => rule.id);
  const findings: Finding[] = [];
  covers.forEach((id: unknown, i) => {
    if (typeof id !== 'string') return;
    if (covers.indexOf(id) < i) {
      const text = `rule "${id}" is listed twice in covers; expected each rule id once`;
      findings.push({ path: ['covers', i], at: 'value', text });
      return;
    }
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      // Ids that fail the schema's pattern are reported there; one message per mistake is enough.
      if (!ANY_RULE_ID.test(id)) return;
      findings.push({ path: ['covers', i], at: 'value', text: unknownRule(id, ids, table) });
    } else if (rule.interpretation && !tags.includes('interpretation')) {
      const text = `${id} is an interpretation rule; expected the tag "interpretation" in tags`;
      findings.push({ path: 'tags' in input ? ['tags'] : ['covers', i], at: 'key', text });
    }
  });
  return findings;
}

function unknownRule(id: string, ids: readonly string[], table: TableContext): string {
  if (table.owner === 'team' && RULE_ID.test(id)) {
    const own = table.file ? `an id from ${table.file}` : 'no covers';
    return `rule "${id}" is a catalogue rule (Auth0's), which a team's scenario cannot cover: a failure of the team's Action would read as Auth0 breaking it; expected ${own}`;
  }
  if (!table.file) {
    return `rule "${id}" is named but this run has no rule table; expected the config's rules (MFA_RULES_FILE) naming a table that defines it, or no covers`;
  }
  return `rule "${id}" is not in ${table.file}; expected a rule id from that table${didYouMean(id, ids)}`;
}

function targetFindings(input: Record<string, unknown>): Finding[] {
  const targets: unknown[] = Array.isArray(input.targets) ? input.targets : ['mock', 'tenant'];
  // A misspelt target is the schema's to report: reading `[mock, tenent]` as mock-only would add noise.
  if (!targets.every((t) => t === 'mock' || t === 'tenant')) return [];
  const tags = stringsIn(input.tags);
  const findings: Finding[] = [];
  if (targets.includes('tenant')) {
    if ('mockOnly' in input) {
      const text = 'mockOnly is given but targets includes tenant; expected targets: [mock], or no mockOnly';
      findings.push({ path: ['mockOnly'], at: 'key', text });
    }
    const i = tags.indexOf('mock-only');
    if (i >= 0) {
      const text = 'the tag "mock-only" is given but targets includes tenant; expected targets: [mock]';
      findings.push({ path: ['tags', i], at: 'value', text });
    }
    return findings;
  }
  if (typeof input.mockOnly !== 'string') {
    const text =
      'targets leaves out tenant without a reason; expected "mockOnly:" saying why a real tenant cannot run this scenario';
    findings.push({ path: ['targets'], at: 'key', text });
  }
  if (!tags.includes('mock-only')) {
    const text = 'targets leaves out tenant; expected the tag "mock-only" in tags';
    findings.push({ path: 'tags' in input ? ['tags'] : ['targets'], at: 'key', text });
  }
  return findings;
}

function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
