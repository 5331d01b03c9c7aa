/**
 * What one Action run asks for, read from its recorded api calls. Applying it is the pipeline's job; this
 * only interprets, so it stays pure.
 */
import type { ApiCall } from './protocol.ts';
import { MFA_COMMAND_NAMES, type FactorSpec, type MfaCommand, type MfaCommandName } from '../mfa/commands.ts';
import { FACTOR_TYPES, isFactorType } from '../../contract/factors.ts';
import { asString } from '../http/as-string.ts';

export interface ActionOutcome {
  commands: MfaCommand[];
  deny?: string;
  redirect?: { url: string; query: Record<string, string> };
  multifactor?: { provider: string; allowRememberBrowser: boolean };
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
  appMetadata: Record<string, unknown>;
  userMetadata: Record<string, unknown>;
  recordedMethods: string[];
  /** Calls whose arguments the mock could not read; the login fails with this message. */
  invalid?: string;
}

/** `'otp' | 'email' | …`: the factor types as the error message lists them. */
const FACTOR_SYNTAX = FACTOR_TYPES.map((type) => `'${type}'`).join(' | ');

function factorSpec(value: unknown): FactorSpec | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { type, options } = value as { type?: unknown; options?: unknown };
  if (!isFactorType(type)) return undefined;
  return options && typeof options === 'object' ? { type, options } : { type };
}

function commandOf(name: MfaCommandName, args: unknown[], actionName: string): MfaCommand | string {
  const [first, second] = args;
  const additional = (second as { additionalFactors?: unknown[] } | undefined)?.additionalFactors ?? [];
  const list: unknown = name.endsWith('Any') ? first : [first, ...additional];
  if (!Array.isArray(list)) return `api.authentication.${name} expects a list of factors`;
  const factors = (list as unknown[]).map(factorSpec);
  const bad = (list as unknown[]).find((_, i) => factors[i] === undefined);
  if (bad !== undefined)
    return `api.authentication.${name}: ${JSON.stringify(bad)} is not a factor ({ type: ${FACTOR_SYNTAX} })`;
  return { name, factors: factors as FactorSpec[], actionName };
}

export function readOutcome(calls: readonly ApiCall[], actionName: string): ActionOutcome {
  const outcome: ActionOutcome = {
    commands: [],
    idTokenClaims: {},
    accessTokenClaims: {},
    appMetadata: {},
    userMetadata: {},
    recordedMethods: [],
  };
  for (const { path, args } of calls) {
    const [a, b] = args;
    const name = path.replace('authentication.', '') as MfaCommandName;
    if (path.startsWith('authentication.') && MFA_COMMAND_NAMES.includes(name)) {
      const command = commandOf(name, args, actionName);
      if (typeof command === 'string') outcome.invalid ??= command;
      else outcome.commands.push(command);
    } else if (path === 'access.deny') outcome.deny ??= asString(a, 'Access denied');
    else if (path === 'redirect.sendUserTo')
      outcome.redirect = { url: asString(a), query: (b as { query?: Record<string, string> })?.query ?? {} };
    else if (path === 'multifactor.enable')
      outcome.multifactor = {
        provider: asString(a, 'any'),
        allowRememberBrowser: Boolean((b as { allowRememberBrowser?: boolean })?.allowRememberBrowser),
      };
    else if (path === 'idToken.setCustomClaim') outcome.idTokenClaims[String(a)] = b;
    else if (path === 'accessToken.setCustomClaim') outcome.accessTokenClaims[String(a)] = b;
    else if (path === 'user.setAppMetadata') outcome.appMetadata[String(a)] = b;
    else if (path === 'user.setUserMetadata') outcome.userMetadata[String(a)] = b;
    else if (path === 'authentication.recordMethod') outcome.recordedMethods.push(String(a));
  }
  return outcome;
}
