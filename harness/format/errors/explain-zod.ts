/**
 * zod's issues, explained the way a person writing a scenario by hand needs them:
 * - an unknown key or value names the allowed ones and the closest (`did you mean`);
 * - a failed union (an Action, an enrollment) is explained by the branch the input was aiming at, at the
 *   inner position, never as "invalid input"; a union with words of its own (the login step,
 *   explain-step.ts) is handed to them;
 * - a missing field points at the mapping that lacks it.
 * This knows zod, not YAML: it says where by path; the loader turns paths into line:col. The walkers at the
 * end (unwrap, keysOf, enumValues, ...) read a schema's shape, for whoever else needs to.
 */
import { z } from 'zod';
import { FACTOR_TYPES, FACTORS, isFactorType, isProvisionable } from '../../../contract/factors.ts';
import { Step } from '../schema.ts';
import { FactorType, GuardianFactor } from '../vocabulary.ts';
import { didYouMean } from './did-you-mean.ts';
import type { Finding, Path } from './scenario-error.ts';

export type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

/** Unions explained in their own words rather than by their branches, keyed by the union. */
export type UnionExplainers = ReadonlyMap<Schema, (value: unknown, path: Path) => Finding[]>;

export function explainIssues(
  schema: Schema,
  input: unknown,
  issues: readonly Issue[],
  base: Path = [],
  unions: UnionExplainers = new Map(),
): Finding[] {
  return issues.flatMap((issue) => explainIssue(schema, input, issue, base, unions));
}

function explainIssue(
  schema: Schema,
  input: unknown,
  issue: Issue,
  base: Path,
  unions: UnionExplainers,
): Finding[] {
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
      if (target instanceof z.core.$ZodUnion) return explainUnion(target, value, path, unions);
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
  const why = typeof value === 'string' ? WHY_NOT[listKey(path) ?? '']?.(value) : undefined;
  const hint = typeof value === 'string' ? (why ?? didYouMean(value, options)) : '';
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
function explainUnion(
  union: z.core.$ZodUnion,
  value: unknown,
  path: Path,
  unions: UnionExplainers,
): Finding[] {
  const own = unions.get(union);
  if (own) return own(value, path);
  // A scalar fails only an enum branch, so the useful answer names every accepted form instead.
  const branch = isScalar(value) || value === null ? undefined : pickBranch(union, value);
  if (branch) {
    const issues = z.safeParse(branch, value).error?.issues ?? [];
    return explainIssues(branch, value, issues, path, unions);
  }
  const options = union._zod.def.options.flatMap((option) => enumValues(unwrap(option)));
  return [{ path, at: 'value', text: notAllowed(path, value, union, options) }];
}

/** What a value of this schema looks like, in the words of someone writing YAML. */
export function expectation(schema: Schema | undefined): string {
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
  // Asked with a bare issue: a message the schema gave is a fixed string, whatever the issue says.
  const message = error?.({ code: 'custom', input: undefined, path: [] } as Parameters<
    NonNullable<typeof error>
  >[0]);
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

/**
 * Why a value that names something real is refused all the same, said instead of a did-you-mean; keyed
 * by the list's key.
 */
const WHY_NOT: Record<string, (value: string) => string | undefined> = {
  factors: (value) => guardianNameFor(value),
  expect: (value) => actionsNameFor(value),
  pick: (value) => actionsNameFor(value),
  type: (value) => actionsNameFor(value),
  enrollments: (value) => {
    if (!isFactorType(value)) return undefined;
    if (isProvisionable(value)) return ` (write it as a mapping: { type: ${value} })`;
    return (
      ` (the Management API cannot create a ${value} enrollment: enroll it during a first login of the ` +
      'scenario, then start the login that needs it with new-login)'
    );
  },
};

/**
 * Scenarios name a factor in two vocabularies, each where Auth0 uses it: `tenant.factors` in the Guardian
 * Management API's (`sms`), pickers and `complete.methods` in the Actions API's (`phone`). A name from the
 * other vocabulary is bridged, with the reason, instead of a guess.
 */
function guardianNameFor(value: string): string | undefined {
  const factor = value === 'voice' ? 'phone' : value;
  if (!isFactorType(factor) || FACTORS[factor].guardian === factor) return undefined;
  const guardian = FACTORS[factor].guardian;
  return (
    ` (did you mean "${guardian}"? tenant.factors takes the Guardian Management API's names, and Guardian's ` +
    `${guardian} factor is the Actions API's ${factor}, with text messages and voice calls both; ` +
    'phoneMessageTypes chooses between them)'
  );
}

function actionsNameFor(value: string): string | undefined {
  const guardian = value === 'voice' ? 'sms' : value;
  const factor = FACTOR_TYPES.find((f) => FACTORS[f].guardian === guardian && f !== guardian);
  if (!factor) return undefined;
  return (
    ` (did you mean "${factor}"? pickers and complete.methods take the Actions API's names, and ${value} ` +
    `is one way a ${factor} factor delivers its code; the Guardian name ${guardian} belongs in tenant.factors)`
  );
}

function nounFor(path: Path, target: Schema | undefined): string | undefined {
  const s = target && unwrap(target);
  if (s === FactorType || s === GuardianFactor) return 'a factor';
  const key = listKey(path);
  return key === undefined ? undefined : NOUNS[key];
}

/** The key of the nearest mapping on the path: `enrollments` for `user.enrollments[0]`. */
function listKey(path: Path): string | undefined {
  const key = [...path].reverse().find((seg) => typeof seg === 'string');
  return typeof key === 'string' ? key : undefined;
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

export function keysOf(schema: Schema | undefined): string[] {
  const s = schema && unwrap(schema);
  if (s instanceof z.core.$ZodObject) return Object.keys(s._zod.def.shape);
  if (s instanceof z.core.$ZodRecord) return enumValues(unwrap(s._zod.def.keyType));
  return [];
}

export function enumValues(schema: Schema): string[] {
  return schema instanceof z.core.$ZodEnum ? Object.values(schema._zod.def.entries).map(String) : [];
}

export function unwrap(schema: Schema): Schema {
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

export function isOptional(schema: Schema | undefined): boolean {
  return (
    schema instanceof z.core.$ZodOptional ||
    schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodPrefault
  );
}

export function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const seg of path) {
    if (Array.isArray(value) && typeof seg === 'number') value = value[seg];
    else if (isMapping(value)) value = value[String(seg)];
    else return undefined;
  }
  return value;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `a boolean (${value})`;
  return `a ${typeof value}`;
}

export function shown(value: unknown): string {
  if (typeof value !== 'string') return isScalar(value) ? String(value) : kindOf(value);
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
}

export function subject(path: Path): string {
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
