/**
 * A login step that fails the schema, explained as a step: the one the input was aiming at (a bare name,
 * or a mapping whose one key is the name), and then its options, never the whole union's branches.
 */
import { z } from 'zod';
import { Step } from '../schema.ts';
import { didYouMean } from './did-you-mean.ts';
import {
  enumValues,
  expectation,
  explainIssues,
  isMapping,
  kindOf,
  subject,
  unwrap,
  type Schema,
  type UnionExplainers,
} from './explain-zod.ts';
import type { Finding, Path } from './scenario-error.ts';

/** For explainIssues: the login step's union in its own words. */
export const STEP_EXPLAINERS: UnionExplainers = new Map([[Step, explainStep]]);

const BARE_STEPS = Step.options.flatMap(enumValues);
const OPTION_STEPS = new Map(
  Step.options.flatMap((option) => {
    const inner = unwrap(option);
    return inner instanceof z.core.$ZodObject ? [[Object.keys(inner._zod.def.shape)[0] ?? '', inner]] : [];
  }),
);
/** Every step name: those written bare, then those that need options. */
const STEP_NAMES = [...new Set([...BARE_STEPS, ...OPTION_STEPS.keys()])];

function explainStep(value: unknown, path: Path): Finding[] {
  const here = (text: string, at: Path = path, where: Finding['at'] = 'value'): Finding[] => [
    { path: at, at: where, text },
  ];
  const unknownStep = (name: string) =>
    `unknown step "${name}"; expected one of: ${STEP_NAMES.join(', ')}${didYouMean(name, STEP_NAMES)}`;
  if (typeof value === 'string') {
    if (!OPTION_STEPS.has(value)) return here(unknownStep(value));
    return here(
      `step "${value}" needs options; expected "${value}:" followed by ${expectation(optionsOf(value))}`,
    );
  }
  if (!isMapping(value)) return here(`${subject(path)} is ${kindOf(value)}; expected ${expectation(Step)}`);
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    const found = keys.length === 0 ? 'no key' : `${keys.length} keys (${keys.join(', ')})`;
    return here(
      `a step has exactly one key, found ${found}; expected one step per list item, each starting with "-"`,
    );
  }
  const name = keys[0] ?? '';
  const branch = OPTION_STEPS.get(name);
  const keyPath = [...path, name];
  if (!branch) {
    if (BARE_STEPS.includes(name)) {
      return here(`step "${name}" takes no options; expected "- ${name}" without a colon`, keyPath, 'key');
    }
    return here(unknownStep(name), keyPath, 'key');
  }
  if (value[name] === null && BARE_STEPS.includes(name)) {
    return here(
      `step "${name}" has an empty value; expected options after the colon, or "- ${name}" without it`,
      keyPath,
      'key',
    );
  }
  const issues = z.safeParse(branch, value).error?.issues ?? [];
  return explainIssues(branch, value, issues, path, STEP_EXPLAINERS);
}

function optionsOf(stepName: string): Schema | undefined {
  const branch = OPTION_STEPS.get(stepName);
  return branch?._zod.def.shape[stepName];
}
