/**
 * A team's own rule table (MFA_RULES_FILE) beside its scenarios (MFA_SCENARIOS_DIR): its ids are accepted and
 * checked like the catalogue's, `covers` is optional, Auth0's ids are refused, and the conformance summary
 * shows the team's rules and folders only.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { FullConfig, FullResult, Suite } from '@playwright/test/reporter';
import { activeRuleTable, parseRules } from '../../../../harness/catalogue/rules.ts';
import { ruleFindings } from '../../../../harness/catalogue/rule-findings.ts';
import { ScenarioError } from '../../../../harness/format/errors/scenario-error.ts';
import { readCatalogue } from '../../../../harness/format/load.ts';
import ConformanceReporter from '../../../../harness/report/conformance-reporter.ts';
import { readTeamSettings } from '../../../../harness/team-settings.ts';

const ACME = 'tests/unit/harness/team/fixtures/acme';
const TEAM = readTeamSettings({ MFA_SCENARIOS_DIR: `${ACME}/mfa`, MFA_RULES_FILE: `${ACME}/mfa/rules.yaml` });

test('unset, the team settings are the built-in catalogue: its table, covers required', () => {
  assert.deepEqual(readTeamSettings({}), {
    scenariosDir: undefined,
    actionsDir: undefined,
    deployCliDir: undefined,
    rulesFile: undefined,
  });
  const table = activeRuleTable(readTeamSettings({ MFA_RULES_FILE: ' ' }));
  assert.equal(table.owner, 'catalogue');
  assert.equal(table.coversRequired, true);
  assert.deepEqual(ruleFindings({ summary: 'x' }, table.rules, table), [
    {
      path: [],
      at: 'value',
      text: 'missing "covers"; expected a non-empty list, each a rule id such as SEL-3',
    },
  ]);
});

test('a team rule file with ACME-1 is accepted, and its scenarios load with or without covers', () => {
  const table = activeRuleTable(TEAM);
  assert.equal(table.owner, 'team');
  assert.equal(table.file, `${ACME}/mfa/rules.yaml`);
  assert.deepEqual(
    table.rules.map((r) => r.id),
    ['ACME-1', 'ACME-2'],
  );
  const { loaded, broken } = readCatalogue(TEAM.scenariosDir, TEAM.scenariosDir, table);
  assert.deepEqual(broken, []);
  assert.deepEqual(
    loaded.map((l) => [l.id, l.scenario.covers]),
    [
      ['admins/admin-challenged', ['ACME-1']],
      ['portal/plain-login', []],
    ],
  );
});

test("a team's scenario is checked against its own table: an unknown id gets a did-you-mean, Auth0's ids are refused", () => {
  const table = activeRuleTable(TEAM);
  const texts = (covers: string[]) => ruleFindings({ covers }, table.rules, table).map((f) => f.text);
  assert.deepEqual(texts(['ACME-3']), [
    `rule "ACME-3" is not in ${ACME}/mfa/rules.yaml; expected a rule id from that table (did you mean "ACME-1"?)`,
  ]);
  assert.deepEqual(texts(['SEL-1']), [
    `rule "SEL-1" is a catalogue rule (Auth0's), which a team's scenario cannot cover: a failure of the team's ` +
      `Action would read as Auth0 breaking it; expected an id from ${ACME}/mfa/rules.yaml`,
  ]);
  const none = activeRuleTable(readTeamSettings({ MFA_SCENARIOS_DIR: `${ACME}/mfa` }));
  const [withoutTable] = ruleFindings({ covers: ['ACME-1'] }, none.rules, none);
  assert.match(withoutTable?.text ?? '', /^rule "ACME-1" is named but this run has no rule table; expected /);
});

test("a team's table may not reuse a catalogue id, and is checked like the catalogue's", () => {
  const text = ['- id: SEL-1', '  rule: ours', '  source: us', '- id: ACME-1', '  rule: no source'].join(
    '\n',
  );
  assert.throws(
    () => parseRules(text, 'mfa/rules.yaml', 'team'),
    (error: unknown) =>
      error instanceof ScenarioError &&
      error.message ===
        [
          "mfa/rules.yaml:1:3: rule SEL-1 has the id of a catalogue rule (Auth0's); expected an id of the team's own, such as ACME-1",
          'mfa/rules.yaml:4:3: rule entry with a missing or invalid source; expected id (such as ACME-1), rule, source',
        ].join('\n'),
  );
});

test('a failing team scenario shows under ACME-1 in the summary, and no catalogue rule is listed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'team-summary-'));
  const reporter = new ConformanceReporter({ outputFolder: folder, team: TEAM });
  const failing = {
    title: 'admins/admin-challenged',
    id: 't1',
    expectedStatus: 'passed',
    annotations: [],
    results: [{ status: 'failed', annotations: [], error: { message: 'the Action threw' } }],
  };
  const suite = { allTests: () => [failing] } as unknown as Suite; // a suite is only asked for its tests
  const config = { configFile: undefined, reporter: [] } as unknown as FullConfig; // the fields it reads
  const log = console.log;
  console.log = () => undefined;
  try {
    reporter.onBegin(config, suite);
    reporter.onEnd({ status: 'failed', startTime: new Date('2026-12-02T00:00:00Z') } as FullResult);
  } finally {
    console.log = log;
  }
  const md = readFileSync(join(folder, 'summary.md'), 'utf8');
  const lines = md.split('\n');
  assert.ok(lines.includes(`## Team rules (${ACME}/mfa/rules.yaml)`));
  assert.ok(
    lines.includes(
      '| ACME-1 | failed | An administrator is challenged with a second factor at every login. | ACME security policy 4.2 | admins/admin-challenged (failed) |',
    ),
  );
  assert.ok(lines.includes('| admins | failed | admins/admin-challenged (failed) |'));
  assert.ok(lines.includes('| portal | not run | portal/plain-login (not run) |'));
  assert.match(md, /2 rules: 0 passed, 1 failed, 0 expected failure, 1 not run/);
  // Auth0's rules are not part of a team's run: none is listed, "not run" or otherwise.
  assert.doesNotMatch(md, /\b(SEQ|SEL|ENR|RED|EX|LOG)-\d+\b/);
  const html = readFileSync(join(folder, 'summary.html'), 'utf8');
  assert.doesNotMatch(html, /\b(SEQ|SEL|ENR|RED|EX|LOG)-\d+\b/);
  assert.ok(html.includes('<h2>Folders</h2>'));
});
