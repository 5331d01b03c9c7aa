/**
 * GET /authorize (contract §1.1): authorization code flow with PKCE.
 * - checkClient, checkRedirectUri, checkResponseType, checkResponseMode, checkPkce, then a new transaction
 * - a live session skips the login screens (single sign-on) and goes straight to the pipeline (RED-4), unless
 *   prompt=login, or max_age says it authenticated too long ago (authentication-time.ts)
 * - prompt=none without such a session answers login_required at the callback (silent-authentication.ts)
 */
import { redirect, type MockResponse } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { MockServices } from '../services.ts';
import { errorPage } from '../screens/error-page.ts';
import { now } from '../clock.ts';
import { isSessionAlive } from '../tenants/expiry.ts';
import { token } from '../tenants/ids.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Session } from '../tenants/model.ts';
import { SESSION_COOKIE } from '../pipeline/finish.ts';
import type { AuthorizeRequest, Transaction } from '../tenants/transaction.ts';
import { isAllowedRedirectUri } from './redirect-uris.ts';
import { isRecentEnough } from './authentication-time.ts';
import { isResponseMode } from './authorization-response.ts';
import { isSilent, silentFailure } from './silent-authentication.ts';

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
    prompt: q('prompt'),
    maxAge: /^\d+$/.test(q('max_age') ?? '') ? Number(q('max_age')) : undefined,
  };
}

function check(tenant: Tenant, request: AuthorizeRequest): string | undefined {
  if (!tenant.clients.has(request.clientId)) return `Unknown client: ${request.clientId || '(none)'}`;
  if (!isAllowedRedirectUri(request.redirectUri)) {
    return `Callback URL mismatch. ${request.redirectUri} is not in the list of allowed callback URLs`;
  }
  if (request.responseType !== 'code')
    return `Unsupported response type: ${request.responseType || '(none)'}`;
  if (request.responseMode !== undefined && !isResponseMode(request.responseMode))
    return `Unsupported response mode: ${request.responseMode}`;
  if (request.codeChallenge && request.codeChallengeMethod !== 'S256')
    return 'code_challenge_method must be S256';
  if (request.organization && !tenant.organizations.has(request.organization)) {
    return `Organization ${request.organization} does not exist`;
  }
  return undefined;
}

/** The session the cookie names, unless its idle time or lifetime is over (then it is gone). */
function liveSession(tenant: Tenant, id: string): Session | undefined {
  const session = tenant.sessions.get(id);
  if (!session || isSessionAlive(tenant, session)) return session;
  tenant.sessions.delete(id);
  return undefined;
}

export function authorizeRoute(services: MockServices) {
  return async (req: MockRequest): Promise<MockResponse> => {
    const tenant = await services.tenants.get(req.origin);
    const request = readAuthorizeRequest(req);
    const problem = check(tenant, request);
    if (problem) return errorPage(problem);

    const session = liveSession(tenant, req.cookies[SESSION_COOKIE] ?? '');
    const sso =
      session &&
      request.prompt !== 'login' &&
      tenant.users.has(session.userId) &&
      isRecentEnough(session.methods, request.maxAge)
        ? session
        : undefined;
    if (isSilent(request) && !sso) {
      const context = { clientId: request.clientId, ip: req.ip, userAgent: req.headers['user-agent'] };
      return silentFailure(tenant, request, context, 'login');
    }
    const tx: Transaction = {
      state: token(),
      createdAt: now(),
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
