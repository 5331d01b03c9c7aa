import type {
  Action,
  ActionRun,
  Binding,
  Client,
  ClientGrant,
  Connection,
  GuardianPolicy,
  LogEntry,
  Organization,
  ResourceServer,
  RiskAssessment,
  Role,
  Session,
  User,
} from './model.ts';
import type { GuardianFactorName } from '../mfa/guardian-factor-names.ts';
import type { Transaction } from './transaction.ts';
import type { AuthorizationCode, RefreshToken } from './grant.ts';
import {
  builtInClients,
  builtInConnection,
  defaultSettings,
  managementApi,
  managementGrant,
  offlineApi,
  type TenantSettings,
} from './built-in-objects.ts';
import type { FailedLogins } from '../attack-protection/brute-force.ts';
import { signingKeys, type SigningKey, type SigningKeyPool } from './signing-keys.ts';
import { ManagementRateLimit } from '../management/rate-limit.ts';

// The built-in credentials, where callers have always found them.
export { BUILT_IN } from './built-in-objects.ts';

export type { SigningKey } from './signing-keys.ts';

/**
 * One tenant: everything an origin `<scheme>://<name>.localhost:<port>` owns (the HTTP and the HTTPS
 * listener's ports are two origins, so two tenants, as two Auth0 tenants have two domains). Tenants share nothing, so parallel
 * scenarios never see each other's users, Actions or logs. Creating one costs a few small objects: its signing
 * key is taken from the pool when first needed (signing-keys.ts), so a stray Host header costs no key.
 */
export class Tenant {
  readonly clients = new Map<string, Client>();
  readonly connections = new Map<string, Connection>();
  /** The applications each connection is enabled for (GET/PATCH /connections/{id}/clients). */
  readonly connectionClients = new Map<string, Set<string>>();
  readonly resourceServers = new Map<string, ResourceServer>();
  readonly clientGrants = new Map<string, ClientGrant>();
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
  settings: TenantSettings;
  readonly logs: LogEntry[] = [];
  readonly transactions = new Map<string, Transaction>();
  readonly sessions = new Map<string, Session>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  /** Brute-force protection's counts and blocks, by user and IP (attack-protection/brute-force.ts). */
  readonly failedLogins = new Map<string, FailedLogins>();
  /** "Remember this device" cookies (`auth0-mf`) by value. */
  readonly rememberedBrowsers = new Map<string, { userId: string; expiresAt: number }>();
  /** Mock-only: what event.authentication.riskAssessment says for the next logins (SEL-10). */
  risk: RiskAssessment | undefined;
  /**
   * Mock-only: the latest Action runs, what each printed and how it ended (GET /__mock/action-runs); a real
   * tenant's Management API has no such record (docs/decisions/0060).
   */
  readonly actionRuns: ActionRun[] = [];
  /** Its Management API rate limit, when the mock has one (MOCK_MGMT_RATE_LIMIT). */
  readonly managementRateLimit: ManagementRateLimit | undefined;
  #logSequence = 0;
  #signingKey: Promise<SigningKey> | undefined;

  constructor(
    /** `http://acme.localhost:4010`, `https://acme.localhost:4443`: the issuer's origin and every absolute URL's base. */
    readonly origin: string,
    readonly keys: SigningKeyPool = signingKeys,
    /** Management API requests a second (0: no limit). */
    managementRateLimit = 0,
  ) {
    this.managementRateLimit =
      managementRateLimit > 0 ? new ManagementRateLimit(managementRateLimit) : undefined;
    const host = new URL(origin).host;
    const name = host.split('.')[0] ?? host;
    this.settings = defaultSettings(name);
    for (const client of builtInClients(name)) this.clients.set(client.client_id, client);
    const connection = builtInConnection();
    this.connections.set(connection.id, connection);
    this.connectionClients.set(connection.id, new Set(this.clients.keys()));
    for (const api of [managementApi(host), offlineApi()]) this.resourceServers.set(api.id, api);
    const grant = managementGrant(managementApi(host).identifier);
    this.clientGrants.set(grant.id, grant);
  }

  /** The API whose identifier (an access token's audience) is `audience`. */
  resourceServer(audience: string): ResourceServer | undefined {
    return [...this.resourceServers.values()].find((rs) => rs.identifier === audience);
  }

  /** The connection named `name` (users name their connection, event.connection shows it). */
  connectionNamed(name: string): Connection | undefined {
    return [...this.connections.values()].find((c) => c.name === name);
  }

  /** The tenant's own signing key (tokens, JWKS), taken from the pool on first use and kept. */
  signingKey(): Promise<SigningKey> {
    this.#signingKey ??= this.keys.take();
    return this.#signingKey;
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
