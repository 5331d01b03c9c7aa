/**
 * What is wrong in a scenario file, said the way a person writing one by hand needs it:
 * - one line per problem, `file:line:col: <what is wrong>; expected <what was expected>`;
 * - an unknown key or value names the allowed ones and the closest (`did you mean`);
 * - a failed union (a login step, an Action, an enrollment) is explained by the branch the input was
 *   aiming at, at the inner position, never as "invalid input";
 * - a missing field points at the mapping that lacks it.
 * `explainIssues` knows zod, not YAML: it says where by path; the loader turns paths into line:col.
 */
import { z } from 'zod';
import { FactorType, GuardianFactor, Step } from './schema.ts';

export type Path = ReadonlyArray<string | number>;

/** A problem located by path; `at: 'key'` points at the key naming the value rather than the value. */
export interface Finding {
  path: Path;
  at: 'value' | 'key';
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  col: number;
  text: string;
}

/** More than this many lines per file is noise: the first ones usually explain the rest. */
export const MAX_PROBLEMS_PER_FILE = 10;

export class ScenarioError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

function formatProblems(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const file of new Set(problems.map((p) => p.file))) {
    const own = problems.filter((p) => p.file === file);
    for (const p of own.slice(0, MAX_PROBLEMS_PER_FILE))
      lines.push(`${p.file}:${p.line}:${p.col}: ${p.text}`);
    const hidden = own.length - MAX_PROBLEMS_PER_FILE;
    if (hidden > 0) lines.push(`${file}: ${hidden} more problem${hidden === 1 ? '' : 's'} not shown`);
  }
  return lines.join('\n');
}

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

export function explainIssues(
  schema: Schema,
  input: unknown,
  issues: readonly Issue[],
  base: Path = [],
): Finding[] {
  return issues.flatMap((issue) => explainIssue(schema, input, issue, base));
}

function explainIssue(schema: Schema, input: unknown, issue: Issue, base: Path): Finding[] {
  const local = issue.path.map((seg) => (typeof seg === 'number' ? seg : String(seg)));
  const path = [...base, ...local];
  const value = valueAt(input, local);
  const target = schemaAt(schema, input, local);
  const here = (text: string): Finding[] => [{ path, at: 'value', text }];
  if (value === undefined && issue.code !== 'unrecognized_keys') return [missing(path, target)];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(path, key, keysOf(target && branchFor(target, value))));
    case 'invalid_union':
      if (target instanceof z.core.$ZodUnion) return explainUnion(target, value, path);
      break;
    case 'invalid_type':
      if (issue.expected === 'int')
        return here(`${subject(path)} is ${shown(value)}; expected ${expectation(target)}`);
      return here(`${subject(path)} is ${kindOf(value)}; expected ${expectation(target)}`);
    case 'invalid_value':
      return here(notAllowed(path, value, target, issue.values.map(String)));
    case 'invalid_format':
      return here(`${shown(value)} has the wrong format; expected ${expectation(target)}`);
    case 'too_small':
      if (issue.origin === 'string') {
        const length = `${expectation(target)} of at least ${issue.minimum} characters`;
        return here(`${subject(path)} is too short (${String(value).length} characters); expected ${length}`);
      }
      return here(`${outOfRange(path, value)}; expected ${expectation(target)}`);
    case 'too_big':
      return here(`${outOfRange(path, value)}; expected ${expectation(target)}`);
  }
  return here(`${subject(path)}: ${issue.message}; expected ${expectation(target)}`);
}

function unknownKey(path: Path, key: string, allowed: string[]): Finding {
  const where = path.length === 0 ? ' at the top level' : ` in ${pathText(path)}`;
  return {
    path: [...path, key],
    at: 'key',
    text: `unknown key "${key}"${where}; expected one of: ${allowed.join(', ')}${didYouMean(key, allowed)}`,
  };
}

function missing(path: Path, target: Schema | undefined): Finding {
  const parent = path.slice(0, -1);
  const where = parent.length === 0 ? '' : ` in ${pathText(parent)}`;
  return {
    path: parent,
    at: 'value',
    text: `missing "${path.at(-1)}"${where}; expected ${expectation(target)}`,
  };
}

function notAllowed(path: Path, value: unknown, target: Schema | undefined, options: string[]): string {
  if (!isScalar(value)) return `${subject(path)} is ${kindOf(value)}; expected ${expectation(target)}`;
  const noun = nounFor(path, target);
  const what = noun ? `is not ${noun}` : 'is not allowed here';
  const hint = typeof value === 'string' ? didYouMean(value, options) : '';
  return `${shown(value)} ${what}; expected ${expectation(target)}${hint}`;
}

function outOfRange(path: Path, value: unknown): string {
  if (Array.isArray(value)) {
    return `${subject(path)} ${value.length === 0 ? 'is an empty list' : `has ${value.length} items`}`;
  }
  return `${subject(path)} is ${shown(value)}`;
}

/**
 * zod reports a failed union as one issue listing every branch's failure; the user meant one branch, so
 * pick it from the input's shape (its one key, for a step) and explain that branch's failure alone.
 */
function explainUnion(union: z.core.$ZodUnion, value: unknown, path: Path): Finding[] {
  if (union === Step) return explainStep(value, path);
  // A scalar fails only an enum branch, so the useful answer names every accepted form instead.
  const branch = isScalar(value) || value === null ? undefined : pickBranch(union, value);
  if (branch) return explainIssues(branch, value, z.safeParse(branch, value).error?.issues ?? [], path);
  const options = union._zod.def.options.flatMap((option) => enumValues(unwrap(option)));
  return [{ path, at: 'value', text: notAllowed(path, value, union, options) }];
}

const BARE_STEPS = Step.options.flatMap(enumValues);
const OPTION_STEPS = new Map(
  Step.options.flatMap((option) => {
    const inner = unwrap(option);
    return inner instanceof z.core.$ZodObject ? [[Object.keys(inner._zod.def.shape)[0] ?? '', inner]] : [];
  }),
);
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
  return explainIssues(branch, value, z.safeParse(branch, value).error?.issues ?? [], path);
}

function optionsOf(stepName: string): Schema | undefined {
  const branch = OPTION_STEPS.get(stepName);
  return branch?._zod.def.shape[stepName];
}

/** What a value of this schema looks like, in the words of someone writing YAML. */
function expectation(schema: Schema | undefined): string {
  const s = schema && unwrap(schema);
  if (s === Step) return 'a step name, or a mapping whose one key is a step name';
  if (s instanceof z.core.$ZodString) return stringExpectation(s);
  if (s instanceof z.core.$ZodNumber) return numberExpectation(s);
  if (s instanceof z.core.$ZodBoolean) return 'true or false';
  if (s instanceof z.core.$ZodEnum) return `one of: ${enumValues(s).join(', ')}`;
  if (s instanceof z.core.$ZodLiteral) return s._zod.def.values.map((v) => JSON.stringify(v)).join(' or ');
  if (s instanceof z.core.$ZodArray) return arrayExpectation(s);
  if (s instanceof z.core.$ZodObject) return objectExpectation(s);
  if (s instanceof z.core.$ZodRecord) {
    const keys = enumValues(unwrap(s._zod.def.keyType));
    return keys.length > 0 ? `a mapping with any of: ${keys.join(', ')}` : 'a mapping';
  }
  if (s instanceof z.core.$ZodUnion) {
    const forms = s._zod.def.options.map(expectation);
    return forms.length > 1
      ? `${forms.slice(0, -1).join(', ')}, or ${forms.at(-1)}`
      : (forms[0] ?? 'a value');
  }
  return 'a value';
}

function stringExpectation(s: z.core.$ZodString): string {
  const checks = s._zod.def.checks ?? [];
  // A custom check message in the schema is written as the expectation ('a rule id such as SEL-3').
  const custom = checks.map((c) => customMessage(c)).find((m) => m !== undefined);
  return custom ?? 'a string';
}

function numberExpectation(s: z.core.$ZodNumber): string {
  let [kind, min, max] = ['a number', '', ''];
  for (const { _zod } of s._zod.def.checks ?? []) {
    const def = _zod.def as { check: string; format?: string; value?: unknown; inclusive?: boolean };
    const bound = `${String(def.value)}${def.inclusive === false ? ' (exclusive)' : ''}`;
    if (def.check === 'number_format' && def.format?.includes('int')) kind = 'a whole number';
    if (def.check === 'greater_than') min = bound;
    if (def.check === 'less_than') max = bound;
  }
  if (min && max) return `${kind} from ${min} to ${max}`;
  if (min) return `${kind} of at least ${min}`;
  if (max) return `${kind} of at most ${max}`;
  return kind;
}

function arrayExpectation(s: z.core.$ZodArray): string {
  const min = (s._zod.def.checks ?? []).map((c) => c._zod.def).find((d) => d.check === 'min_length');
  const list = min ? 'a non-empty list' : 'a list';
  const element = unwrap(s._zod.def.element);
  if (element === Step) return `${list} of steps`;
  if (element instanceof z.core.$ZodEnum) return `${list}, each ${expectation(element)}`;
  if (element instanceof z.core.$ZodString) {
    const each = expectation(element);
    return each === 'a string' ? `${list} of strings` : `${list}, each ${each}`;
  }
  return list;
}

function objectExpectation(s: z.core.$ZodObject): string {
  const shape = s._zod.def.shape;
  const required = Object.keys(shape).filter((key) => !isOptional(shape[key]));
  if (required.length === 0) return `a mapping with any of: ${Object.keys(shape).join(', ')}`;
  const named = required.map((key) => {
    const value = shape[key] && unwrap(shape[key]);
    return value instanceof z.core.$ZodLiteral ? `${key}: ${value._zod.def.values.join('|')}` : key;
  });
  return `a mapping with ${named.join(', ')}`;
}

function customMessage(check: z.core.$ZodCheck): string | undefined {
  const error = check._zod.def.error;
  // Only a message given in the schema is useful here; zod's defaults describe zod, not the scenario.
  const message = error?.({ code: 'custom', input: undefined, path: [] } as never);
  return typeof message === 'string' ? message : undefined;
}

/** Names for values, so that `"otpp" is not a factor` rather than `invalid option`; keyed by the list's key. */
const NOUNS: Record<string, string> = {
  login: 'a step',
  actions: 'an Action',
  enrollments: 'an enrollment',
  policy: 'an MFA policy',
  targets: 'a target',
  phoneMessageTypes: 'a phone message type',
  method: 'a delivery method',
  session: 'a session mode',
  confidence: 'a confidence level',
};

function nounFor(path: Path, target: Schema | undefined): string | undefined {
  const s = target && unwrap(target);
  if (s === FactorType || s === GuardianFactor) return 'a factor';
  const key = [...path].reverse().find((seg) => typeof seg === 'string');
  return key === undefined ? undefined : NOUNS[key];
}

function schemaAt(schema: Schema, input: unknown, path: Path): Schema | undefined {
  let s: Schema | undefined = schema;
  let value = input;
  for (const seg of path) {
    s = s && branchFor(s, value);
    if (s instanceof z.core.$ZodObject) s = s._zod.def.shape[String(seg)];
    else if (s instanceof z.core.$ZodArray) s = s._zod.def.element;
    else if (s instanceof z.core.$ZodRecord) s = s._zod.def.valueType;
    else return undefined;
    value = valueAt(value, [seg]);
  }
  return s;
}

/** zod may report inside a union's only plausible branch; walking on needs that branch. */
function branchFor(schema: Schema, value: unknown): Schema | undefined {
  const s = unwrap(schema);
  return s instanceof z.core.$ZodUnion ? pickBranch(s, value) : s;
}

/** The branch the input was aiming at: the one of its kind (mapping, list, scalar), else the one sharing its keys. */
function pickBranch(union: z.core.$ZodUnion, value: unknown): Schema | undefined {
  const fitting = union._zod.def.options.map(unwrap).filter((option) => kindMatches(option, value));
  if (fitting.length <= 1 || !isMapping(value)) return fitting[0];
  return fitting.find((option) => keysOf(option).some((key) => key in value));
}

function kindMatches(s: Schema, value: unknown): boolean {
  const mapping = s instanceof z.core.$ZodObject || s instanceof z.core.$ZodRecord;
  if (isMapping(value)) return mapping;
  if (Array.isArray(value)) return s instanceof z.core.$ZodArray;
  return !mapping && !(s instanceof z.core.$ZodArray);
}

function keysOf(schema: Schema | undefined): string[] {
  const s = schema && unwrap(schema);
  if (s instanceof z.core.$ZodObject) return Object.keys(s._zod.def.shape);
  if (s instanceof z.core.$ZodRecord) return enumValues(unwrap(s._zod.def.keyType));
  return [];
}

function enumValues(schema: Schema): string[] {
  return schema instanceof z.core.$ZodEnum ? Object.values(schema._zod.def.entries).map(String) : [];
}

function unwrap(schema: Schema): Schema {
  const s = schema;
  if (
    s instanceof z.core.$ZodOptional ||
    s instanceof z.core.$ZodDefault ||
    s instanceof z.core.$ZodPrefault ||
    s instanceof z.core.$ZodNullable
  ) {
    return unwrap(s._zod.def.innerType);
  }
  return s;
}

function isOptional(schema: Schema | undefined): boolean {
  return (
    schema instanceof z.core.$ZodOptional ||
    schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodPrefault
  );
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const seg of path) {
    if (Array.isArray(value) && typeof seg === 'number') value = value[seg];
    else if (isMapping(value)) value = value[String(seg)];
    else return undefined;
  }
  return value;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `a boolean (${value})`;
  return `a ${typeof value}`;
}

function shown(value: unknown): string {
  if (typeof value !== 'string') return isScalar(value) ? String(value) : kindOf(value);
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
}

function subject(path: Path): string {
  return path.length === 0 ? 'the file' : pathText(path);
}

/** `login[2].mfa-otp-challenge.wrong`: list indexes count from 0, as in the JSON schema. */
export function pathText(path: Path): string {
  return path
    .map((seg, i) => {
      if (typeof seg === 'number') return `[${seg}]`;
      const key = /^[\w$-]+$/.test(seg) ? seg : JSON.stringify(seg);
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

/** ` (did you mean "factors"?)` when one allowed word is a typo away, else nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const tolerance = Math.max(1, Math.floor((best?.length ?? 0) / 3));
  // A case-only difference (`OTP`) counts as distance 0 and is still worth pointing out.
  return best !== undefined && best !== word && bestDistance <= tolerance ? ` (did you mean "${best}"?)` : '';
}

/** Optimal string alignment distance: edits, counting a swap of neighbours (`fcator`) as one. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i];
      const prev = d[i - 1];
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
