/**
 * What a new mock tenant holds before anyone changes it, in the Management API's shapes: the two built-in
 * applications, the database connection, the Management API and its grant to the management application,
 * and the tenant settings (README: "The mock's built-in credentials"). A fresh Auth0 tenant holds much the
 * same; the values Auth0 would pick by itself are decided in docs/decisions/0041.
 */
import type { Client, ClientGrant, Connection, ResourceServer } from './model.ts';
import { alnum, hex } from './ids.ts';
import { MANAGEMENT_SCOPES } from '../management/management-scopes.ts';

/** Built-in credentials of every mock tenant (documented in the README). */
export const BUILT_IN = {
  managementClientId: 'mock-management-client',
  managementClientSecret: 'mock-management-secret',
  loginClientId: 'mock-login-client',
  webClientId: 'mock-web-client',
  webClientSecret: 'mock-web-secret',
  /** An API whose "Allow Offline Access" is on: `offline_access` for it gets a refresh token. */
  offlineApi: 'https://api.mfa-conformance.test/',
  connection: 'Username-Password-Authentication',
} as const;

/** What Auth0 fills in on a new application of `tenantName` (docs/decisions/0041). */
export function clientDefaults(tenantName: string) {
  return {
    tenant: tenantName,
    global: false,
    is_first_party: true,
    oidc_conformant: true,
    sso_disabled: false,
    cross_origin_authentication: false,
    custom_login_page_on: true,
    callback_url_template: false,
    is_token_endpoint_ip_header_trusted: false,
    jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000, secret_encoded: false },
    client_metadata: {},
  };
}

/** The applications every tenant starts with: the management application, the login and the web application. */
export function builtInClients(tenantName: string): Client[] {
  const shared = {
    ...clientDefaults(tenantName),
    allowed_clients: [],
    allowed_logout_urls: [],
    callbacks: [],
    web_origins: [],
  };
  return [
    {
      ...shared,
      client_id: BUILT_IN.managementClientId,
      client_secret: BUILT_IN.managementClientSecret,
      name: 'Mock Management API client',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_post',
    },
    {
      ...shared,
      client_id: BUILT_IN.loginClientId,
      name: 'Mock login application',
      app_type: 'spa',
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'none',
      callbacks: ['http://localhost:4020/callback'],
    },
    {
      ...shared,
      client_id: BUILT_IN.webClientId,
      client_secret: BUILT_IN.webClientSecret,
      name: 'Mock web application',
      app_type: 'regular_web',
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'client_secret_post',
      callbacks: ['http://localhost:4020/callback'],
    },
  ];
}

export function builtInConnection(): Connection {
  return {
    id: `con_${alnum(16)}`,
    name: BUILT_IN.connection,
    strategy: 'auth0',
    display_name: BUILT_IN.connection,
    is_domain_connection: false,
    realms: [BUILT_IN.connection],
    options: {
      mfa: { active: true, return_enroll_settings: true },
      passwordPolicy: 'good',
      brute_force_protection: true,
      strategy_version: 2,
    },
  };
}

function scopeDescription(scope: string): string {
  const [verb = '', noun = ''] = scope.split(':');
  const words = `${verb} ${noun.replaceAll('_', ' ')}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The Management API itself, a system resource server no one may change or delete. Its identifier is the
 * audience tokens are asked for (`https://<host>/api/v2/` on either listener, as oauth/tokens.ts checks it).
 */
export function managementApi(host: string): ResourceServer {
  return {
    id: hex(12),
    name: 'Auth0 Management API',
    identifier: `https://${host}/api/v2/`,
    is_system: true,
    allow_offline_access: false,
    skip_consent_for_verifiable_first_party_clients: false,
    token_lifetime: 86400,
    token_lifetime_for_web: 7200,
    signing_alg: 'RS256',
    scopes: MANAGEMENT_SCOPES.map((value) => ({ value, description: scopeDescription(value) })),
  };
}

/** An API of the tenant's own with "Allow Offline Access" on, so that `offline_access` gets a refresh token. */
export function offlineApi(): ResourceServer {
  return {
    id: hex(12),
    name: 'Mock API',
    identifier: BUILT_IN.offlineApi,
    allow_offline_access: true,
    skip_consent_for_verifiable_first_party_clients: true,
    token_lifetime: 86400,
    token_lifetime_for_web: 7200,
    signing_alg: 'RS256',
    scopes: [],
  };
}

export function managementGrant(audience: string): ClientGrant {
  return {
    id: `cgr_${alnum(16)}`,
    client_id: BUILT_IN.managementClientId,
    audience,
    scope: [...MANAGEMENT_SCOPES],
  };
}

/** A tenant's settings as GET /api/v2/tenants/settings shows a new one (the mock's own MFA toggle is on). */
export function defaultSettings(friendlyName: string) {
  return {
    friendly_name: friendlyName,
    picture_url: '',
    support_email: '',
    support_url: '',
    allowed_logout_urls: [] as string[],
    enabled_locales: ['en'],
    session_lifetime: 168,
    idle_session_lifetime: 72,
    sandbox_version: '22',
    sandbox_versions_available: ['22', '18'],
    session_cookie: { mode: 'persistent' },
    flags: {
      allow_changing_enable_sso: false,
      enable_sso: true,
      disable_impersonation: true,
      revoke_refresh_token_grant: false,
      disable_clickjack_protection_headers: false,
    } as Record<string, boolean>,
    /** "Customize MFA Factors using Actions" (SEQ-8): the mock starts with it on, for the scenarios. */
    customize_mfa_in_postlogin_action: true,
  };
}

export type TenantSettings = ReturnType<typeof defaultSettings> & Record<string, unknown>;
