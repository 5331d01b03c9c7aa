import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { MESSAGES } from '../../../../mock/mfa/messages.ts';
import { REPO_ROOT } from '../../../../harness/repo-root.ts';

/** The documented texts, each with the rule that quotes it in scenarios/rules.yaml (`{factor}` as there). */
const DOCUMENTED: ReadonlyArray<[string, string]> = [
  ['SEL-5', MESSAGES.challengeNoneUsable],
  ['SEL-6', MESSAGES.challengeFactorUnusable('{factor}')],
  ['ENR-6', MESSAGES.enrollBeforeChallenge],
  ['ENR-7', MESSAGES.enrollFactorUnusable('{factor}')],
  ['ENR-8', MESSAGES.enrollNoneUsable],
];

test('LOG-4: the w and mfar texts of SEL-5, SEL-6, ENR-6, ENR-7 and ENR-8 are the ones their rules quote', () => {
  // Read plainly, not through harness/catalogue/rules.ts: its zod schema would add a quarter second to every
  // mutant's run of npm run mutation.
  const table = parse(readFileSync(`${REPO_ROOT}scenarios/rules.yaml`, 'utf8')) as Array<{
    id: string;
    rule: string;
  }>;
  const rules = new Map(table.map((rule) => [rule.id, rule.rule]));
  for (const [id, text] of DOCUMENTED) assert.ok(rules.get(id)?.includes(`"${text}"`), `${id}: ${text}`);
});

test('SEQ-8: the w entry of an ignored command names the command and the setting that is off', () => {
  const text = MESSAGES.customizeMfaDisabled('enrollWithAny');
  assert.match(text, /\(enrollWithAny\)/);
  assert.match(text, /"Customize MFA Factors using Actions" is disabled/);
});

test('SEQ-4: the failure of a fifth command says that at most four may run', () => {
  assert.match(MESSAGES.tooManyCommands, /at most four of challengeWith, challengeWithAny, enrollWith and/);
});

test('SEQ-7: MFA that nothing can satisfy fails saying that no factor is enabled', () => {
  assert.match(MESSAGES.noFactorEnabled, /no MFA factor is enabled on the tenant/);
});
