/**
 * GET /authorize (contract §1.1): authorization code flow with PKCE.
 * - checkClient, checkRedirectUri, checkResponseType, checkPkce, then a new transaction
 * - a live session skips the login screens (single sign-on) and goes straight to the pipeline (RED-4)
 */
import { redirect, type MockResponse } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { MockServices } from '../services.ts';
import { errorPage } from '../screens/error-page.ts';
import { token } from '../tenants/ids.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { SESSION_COOKIE } from '../pipeline/finish.ts';
import type { AuthorizeRequest, Transaction } from '../tenants/transaction.ts';
import { isAllowedRedirectUri } from './redirect-uris.ts';

function readAuthorizeRequest(req: MockRequest): AuthorizeRequest {
  const q = (name: string) => req.query.get(name) ?? undefined;
  return {
    clientId: q('client_id') ?? '',
    redirectUri: q('redirect_uri') ?? '',
    responseType: q('response_type') ?? '',
    scope: q('scope') ?? 'openid',
    state: q('state'),
    nonce: q('nonce'),
    codeChallenge: q('code_challenge'),
    codeChallengeMethod: q('code_challenge_method'),
    audience: q('audience'),
    organization: q('organization'),
    responseMode: q('response_mode'),
  };
}

function check(tenant: Tenant, request: AuthorizeRequest): string | undefined {
  if (!tenant.clients.has(request.clientId)) return `Unknown client: ${request.clientId || '(none)'}`;
  if (!isAllowedRedirectUri(request.redirectUri)) {
    return `Callback URL mismatch. ${request.redirectUri} is not in the list of allowed callback URLs`;
  }
  if (request.responseType !== 'code')
    return `Unsupported response type: ${request.responseType || '(none)'}`;
  if (request.codeChallenge && request.codeChallengeMethod !== 'S256')
    return 'code_challenge_method must be S256';
  if (request.organization && !tenant.organizations.has(request.organization)) {
    return `Organization ${request.organization} does not exist`;
  }
  return undefined;
}

/** `login_required` at the application's callback, with its state, as OIDC's prompt=none answers. */
function loginRequired(request: AuthorizeRequest): MockResponse {
  const url = new URL(request.redirectUri);
  url.searchParams.set('error', 'login_required');
  url.searchParams.set('error_description', 'Login required');
  if (request.state !== undefined) url.searchParams.set('state', request.state);
  return redirect(url.toString());
}

export function authorizeRoute(services: MockServices) {
  return async (req: MockRequest): Promise<MockResponse> => {
    const tenant = await services.tenants.get(req.origin);
    const request = readAuthorizeRequest(req);
    const problem = check(tenant, request);
    if (problem) return errorPage(problem);

    const session = tenant.sessions.get(req.cookies[SESSION_COOKIE] ?? '');
    const sso =
      session && req.query.get('prompt') !== 'login' && tenant.users.has(session.userId)
        ? session
        : undefined;
    // prompt=none: a silent authentication succeeds only on a session; otherwise the application hears so.
    if (req.query.get('prompt') === 'none' && !sso) return loginRequired(request);
    const tx: Transaction = {
      state: token(),
      createdAt: Date.now(),
      request,
      ip: req.ip,
      userAgent: req.headers['user-agent'],
      capabilities: { webauthn: false, webauthnPlatform: false },
      userId: sso?.userId,
      sessionId: sso?.id,
      organizationId: request.organization,
      methods: sso ? [...sso.methods] : [],
      pipeline: {
        actionIds: tenant.bindings.map((b) => b.actionId),
        next: 0,
        commandsIssued: 0,
        queue: [],
        usedCommands: false,
        defaultMfaDone: false,
      },
      idTokenClaims: {},
      accessTokenClaims: {},
      challengedWith: [],
      enrolledNow: [],
    };
    tenant.transactions.set(tx.state, tx);
    const next = sso ? '/authorize/resume' : '/u/login/identifier';
    return redirect(`${next}?state=${encodeURIComponent(tx.state)}`);
  };
}
