import { generateKeyPair, exportJWK, type JWK, type CryptoKey } from 'jose';
import type {
  Action,
  Binding,
  Client,
  ClientGrant,
  GuardianPolicy,
  LogEntry,
  Organization,
  RiskAssessment,
  Role,
  Session,
  User,
} from './model.ts';
import type { GuardianFactorName } from '../mfa/guardian-factor-names.ts';
import type { Transaction } from './transaction.ts';
import type { FailedLogins } from '../attack-protection/brute-force.ts';
import { MANAGEMENT_SCOPES } from '../management/management-scopes.ts';
import { managementAudience } from '../oauth/tokens.ts';

/** Built-in credentials of every mock tenant (documented in the README). */
export const BUILT_IN = {
  managementClientId: 'mock-management-client',
  managementClientSecret: 'mock-management-secret',
  loginClientId: 'mock-login-client',
  connection: 'Username-Password-Authentication',
} as const;

export interface AuthorizationCode {
  code: string;
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  nonce?: string;
  userId: string;
  sessionId: string;
  scope: string;
  audience?: string;
  amr: string[];
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
  expiresAt: number;
  used: boolean;
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * One tenant: everything an origin `<scheme>://<name>.localhost:<port>` owns (the HTTP and the HTTPS
 * listener's ports are two origins, so two tenants, as two Auth0 tenants have two domains). Tenants share nothing, so parallel
 * scenarios never see each other's users, Actions or logs.
 */
export class Tenant {
  readonly clients = new Map<string, Client>();
  /** The built-in management client's grant holds every scope the mock's Management API routes expect. */
  readonly clientGrants: ClientGrant[] = [];
  readonly users = new Map<string, User>();
  readonly actions = new Map<string, Action>();
  bindings: Binding[] = [];
  readonly roles = new Map<string, Role>();
  readonly organizations = new Map<string, Organization>();
  readonly factors = new Map<GuardianFactorName, boolean>();
  phoneMessageTypes: Array<'sms' | 'voice'> = ['sms'];
  policies: GuardianPolicy[] = [];
  /** Guardian settings documents (phone provider, templates…) by their Management API path, once set. */
  readonly guardianDocuments = new Map<string, Record<string, unknown>>();
  settings = { customize_mfa_in_postlogin_action: true, friendly_name: '' };
  readonly logs: LogEntry[] = [];
  readonly transactions = new Map<string, Transaction>();
  readonly sessions = new Map<string, Session>();
  readonly codes = new Map<string, AuthorizationCode>();
  /** Brute-force protection's counts and blocks, by user and IP (attack-protection/brute-force.ts). */
  readonly failedLogins = new Map<string, FailedLogins>();
  /** "Remember this device" cookies (`auth0-mf`) by value. */
  readonly rememberedBrowsers = new Map<string, { userId: string; expiresAt: number }>();
  /** Mock-only: what event.authentication.riskAssessment says for the next logins (SEL-10). */
  risk: RiskAssessment | undefined;
  #logSequence = 0;

  private constructor(
    /** `http://acme.localhost:4010`, `https://acme.localhost:4443`: the issuer's origin and every absolute URL's base. */
    readonly origin: string,
    readonly signingKey: SigningKey,
  ) {
    const host = new URL(origin).host;
    this.settings.friendly_name = host.split('.')[0] ?? host;
    this.clients.set(BUILT_IN.managementClientId, {
      client_id: BUILT_IN.managementClientId,
      client_secret: BUILT_IN.managementClientSecret,
      name: 'Mock Management API client',
      app_type: 'non_interactive',
      token_endpoint_auth_method: 'client_secret_post',
      metadata: {},
      grant_types: ['client_credentials'],
    });
    this.clientGrants.push({
      id: 'cgr_mock_management',
      client_id: BUILT_IN.managementClientId,
      audience: managementAudience(this),
      scope: [...MANAGEMENT_SCOPES],
    });
    this.clients.set(BUILT_IN.loginClientId, {
      client_id: BUILT_IN.loginClientId,
      name: 'Mock login application',
      app_type: 'spa',
      token_endpoint_auth_method: 'none',
      metadata: {},
      grant_types: ['authorization_code'],
    });
  }

  /** The tenant of `origin` (`http://acme.localhost:4010`), with a signing key of its own. */
  static async create(origin: string): Promise<Tenant> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = `mock-${new URL(origin).hostname}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    return new Tenant(origin, { kid, privateKey, publicKey, publicJwk });
  }

  /** `acme.localhost:4010`: the host and port, as the Host header and the Management API audience name it. */
  get host(): string {
    return new URL(this.origin).host;
  }

  /** The hostname without port: the WebAuthn relying party id. */
  get hostname(): string {
    return new URL(this.origin).hostname;
  }

  /** The next log id: increasing, zero-padded so that string order is time order (`from` checkpoints). */
  nextLogId(): string {
    this.#logSequence += 1;
    return `9000${String(this.#logSequence).padStart(16, '0')}`;
  }

  isFactorEnabled(name: GuardianFactorName): boolean {
    return this.factors.get(name) ?? false;
  }
}
