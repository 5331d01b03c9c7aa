import type { AuthMethod } from './model.ts';
import type { FactorSpec, MfaCommand } from '../mfa/commands.ts';
import type { FactorType } from '../../contract/factors.ts';

/** The /authorize request, as validated. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  responseType: string;
  scope: string;
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  audience?: string;
  organization?: string;
  /** `query` (the default), `fragment` or `form_post`: how the callback gets its parameters. */
  responseMode?: string;
  /** `none` (silent: answer without a screen), `login` (ask for the password even on a session). */
  prompt?: string;
  /** Seconds: a session authenticated longer ago than this logs in again; the id token carries `auth_time`. */
  maxAge?: number;
}

/** What the browser said it can do (hidden inputs of the login-id and capability screens). */
export interface BrowserCapabilities {
  webauthn: boolean;
  webauthnPlatform: boolean;
}

/** The MFA prompt being shown: one command (or the default policy), and where the user is in it. */
export interface ActivePrompt {
  kind: 'challenge' | 'enroll';
  /** The command it came from; undefined for the tenant policy or api.multifactor.enable (SEQ-6, SEQ-7). */
  command?: MfaCommand;
  /** Usable factors, in the order given (SEL-3, ENR-2). */
  offered: FactorSpec[];
  /** The factor whose screen is shown; undefined while the picker is shown. */
  current?: FactorSpec;
  /** "Remember this device" is offered (api.multifactor.enable with allowRememberBrowser). */
  allowRememberBrowser: boolean;
  /**
   * ENR-9: the recovery code screen is shown after the enrollment of this factor, which is complete and
   * logged already; confirming the code goes back to the pipeline.
   */
  recoveryCodeAfter?: FactorType;
  /** Per-factor working state (codes sent, enrollment secrets, WebAuthn challenges). */
  factorState: Record<string, unknown>;
}

export interface Transaction {
  /** The current `state` value; re-keyed when MFA starts, as Auth0 does. */
  state: string;
  createdAt: number;
  request: AuthorizeRequest;
  ip: string;
  userAgent?: string;
  capabilities: BrowserCapabilities;
  username?: string;
  userId?: string;
  /** The session this login continues (SSO), if any. */
  sessionId?: string;
  organizationId?: string;
  /** event.authentication.methods as it stands now (SEQ-2 snapshots copy it at each Action's start). */
  methods: AuthMethod[];
  pipeline: PipelineState;
  prompt?: ActivePrompt;
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
  /** Factors the user completed a challenge with during this flow (ENR-6). */
  challengedWith: FactorType[];
  /** Factors the user enrolled in during this flow. */
  enrolledNow: FactorType[];
}

export interface PipelineState {
  /** Action ids bound when the login started; a rebinding mid-login does not change this login. */
  actionIds: string[];
  /** Index of the next Action to run. */
  next: number;
  /** MFA commands issued so far in this flow (SEQ-4). */
  commandsIssued: number;
  /** Commands of the last Action still to prompt, in order (SEQ-1). */
  queue: MfaCommand[];
  /** Whether any Action issued a command (SEQ-5: then the policy adds no prompt). */
  usedCommands: boolean;
  /** api.multifactor.enable, remembered for the end of the pipeline (SEQ-6). */
  multifactor?: { provider: string; allowRememberBrowser: boolean };
  /** The default MFA (policy or multifactor.enable) ran already. */
  defaultMfaDone: boolean;
  /** A redirect asked for by an Action, taken once its prompts are done (RED-1). */
  redirect?: { url: string; query: Record<string, string>; actionIndex: number };
  /** Index of the Action that redirected, while the user is away (RED-3). */
  redirectedFrom?: number;
}

export const TRANSACTION_TTL_MS = 5 * 60 * 1000;
