import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { enumValues, keysOf } from '../../../../harness/format/errors/explain-zod.ts';
import { Scenario, Step } from '../../../../harness/format/schema.ts';

// scenarios/README.md is how people learn the format: a step or a key it does not name is one nobody uses.
const README = readFileSync(new URL('../../../../scenarios/README.md', import.meta.url), 'utf8');

function undocumented(names: readonly string[]): string[] {
  return names.filter((name) => !README.includes(`\`${name}\``) && !README.includes(`\`${name}:`));
}

test('the scenario README names every step of the format', () => {
  // The bare names are an enum, the steps with options one mapping each: keysOf reads neither for the other.
  const steps = Step.options.flatMap((option) => [...enumValues(option), ...keysOf(option)]);
  assert.ok(steps.includes('login-id') && steps.includes('logs'), 'the step list is read from the schema');
  assert.deepEqual(undocumented([...new Set(steps)]), []);
});

test('the scenario README names every top-level, tenant and user key', () => {
  const keys = keysOf(Scenario).filter((key) => key !== '$schema');
  const nested = ['tenant', 'user'].flatMap((key) => keysOf(Scenario.shape[key as 'tenant' | 'user']));
  assert.ok(keys.includes('covers') && nested.includes('factors'), 'the keys are read from the schema');
  assert.deepEqual(undocumented([...keys, ...nested]), []);
});

test('the scenario README names every option of every step', () => {
  const options = Step.options.flatMap((option) =>
    'shape' in option ? Object.values(option.shape).flatMap((inner) => keysOf(inner)) : [],
  );
  assert.ok(options.includes('wrong') && options.includes('pick'), 'the options are read from the schema');
  assert.deepEqual(undocumented([...new Set(options)]), []);
});
