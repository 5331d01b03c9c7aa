/**
 * The data a mock tenant holds, named and shaped after the Management API objects they stand for, so that
 * serializing one for the API is mostly a matter of picking fields.
 */
import type { AuthenticatorType, FactorType } from '../../contract/factors.ts';

export interface Authenticator {
  id: string;
  type: AuthenticatorType;
  confirmed: boolean;
  created_at: string;
  /** When a challenge with it last succeeded. */
  last_auth_at?: string;
  name?: string;
  totp_secret?: string;
  /** The last TOTP time step accepted for this enrollment: a code of that step or earlier is refused. */
  lastUsedStep?: number;
  phone_number?: string;
  preferred_authentication_method?: 'sms' | 'voice';
  email?: string;
  key_id?: string;
  public_key?: string;
  relying_party_identifier?: string;
  counter?: number;
  recovery_code?: string;
}

export interface User {
  user_id: string;
  email: string;
  email_verified: boolean;
  passwordHash: string;
  connection: string;
  phone_number?: string;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  last_login?: string;
  logins_count: number;
  roleIds: string[];
  authenticators: Authenticator[];
  /** Wrong MFA codes in a row (LOG-3: ten lock MFA). */
  mfaFailures: number;
}

/**
 * A Management API object as Auth0 answers it (a client, a connection, a resource server, a client grant):
 * stored whole, so that what a tool writes it reads back; the mock itself reads only the fields typed.
 */
export interface ApiObject {
  [field: string]: unknown;
}

/** How a client proves itself at /oauth/token: `none` is a public client (it proves the code with PKCE). */
export type TokenEndpointAuthMethod = 'none' | 'client_secret_post' | 'client_secret_basic';

export interface Client extends ApiObject {
  client_id: string;
  client_secret?: string;
  name: string;
  app_type?: string;
  /** Auth0's default when unset: `none` for a client without a secret, `client_secret_post` otherwise. */
  token_endpoint_auth_method?: TokenEndpointAuthMethod;
  /** `refresh_token` among them lets the client have refresh tokens (with `offline_access`). */
  grant_types?: string[];
  client_metadata?: Record<string, string>;
}

export interface Connection extends ApiObject {
  id: string;
  name: string;
  strategy: string;
  options: Record<string, unknown>;
}

export interface ResourceServer extends ApiObject {
  id: string;
  name: string;
  identifier: string;
  is_system?: boolean;
  /** "Allow Offline Access": whether `offline_access` gets a refresh token for this audience. */
  allow_offline_access?: boolean;
}

export interface ClientGrant extends ApiObject {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

/** Which API a client may get client credentials tokens for, with which scopes (`/api/v2/client-grants`). */
export interface ClientGrant {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

export interface ActionDependency {
  name: string;
  version: string;
}

export interface ActionSecret {
  name: string;
  value: string;
  updated_at: string;
}

export interface ActionBuildError {
  id: string;
  msg: string;
  url: string;
}

export interface ActionVersion {
  id: string;
  number: number;
  code: string;
  dependencies: ActionDependency[];
  secrets: ActionSecret[];
  runtime: string;
  deployed: boolean;
  created_at: string;
}

export interface Action {
  id: string;
  name: string;
  code: string;
  runtime: string;
  dependencies: ActionDependency[];
  secrets: ActionSecret[];
  supported_triggers: Array<{ id: string; version: string }>;
  status: 'pending' | 'building' | 'built' | 'failed';
  errors: ActionBuildError[];
  created_at: string;
  updated_at: string;
  deployedVersion?: ActionVersion;
  versions: ActionVersion[];
}

export interface Binding {
  id: string;
  trigger_id: 'post-login';
  display_name: string;
  actionId: string;
  created_at: string;
  updated_at: string;
}

export interface Role {
  id: string;
  name: string;
  description: string;
}

export interface Organization {
  id: string;
  name: string;
  display_name: string;
  metadata: Record<string, string>;
  memberIds: string[];
}

export interface LogEntry {
  log_id: string;
  date: string;
  type: string;
  description: string;
  connection?: string;
  connection_id?: string;
  strategy?: string;
  strategy_type?: string;
  user_id?: string;
  user_name?: string;
  client_id?: string;
  client_name?: string;
  ip: string;
  user_agent?: string;
  hostname: string;
  details?: Record<string, unknown>;
}

/** An authentication method as event.authentication.methods shows it. */
export interface AuthMethod {
  name: string;
  timestamp: string;
  type?: FactorType;
}

export interface RiskAssessment {
  confidence: 'low' | 'medium' | 'high' | 'neutral';
  version: '1';
  assessments: Record<string, { code: string; confidence: string; details?: Record<string, unknown> }>;
}

/** The browser session (cookie `auth0`): who logged in and with which methods (RED-4). */
export interface Session {
  id: string;
  userId: string;
  methods: AuthMethod[];
  /** When the login that made it happened (`session_lifetime` counts from here). */
  created_at: string;
  /** When it last logged its user in, in milliseconds (`idle_session_lifetime` counts from here). */
  lastUsedAt: number;
}

export type GuardianPolicy = 'all-applications' | 'confidence-score';

/** One Action run, as the mock-only GET /__mock/action-runs shows it (docs/decisions/0060). */
export interface ActionRun {
  /** When it ended. */
  at: string;
  actionId: string;
  /** The Action's name on the tenant (a stack's frames say `action:<name>:line:col`). */
  actionName: string;
  entry: 'onExecutePostLogin' | 'onContinuePostLogin';
  ok: boolean;
  /** The failure's message, as the `f` log entry gives it after `Action "<name>" failed: `. */
  error?: string;
  /** The thrown error's stack, when it had one. */
  stack?: string;
  /** What it printed with console.*, in order. */
  logs: Array<{ level: string; line: string }>;
}
