import { randomUUID } from 'node:crypto';
import { cookie, redirect, withCookies, type MockResponse } from '../http/response.ts';
import { errorPage } from '../screens/error-page.ts';
import { writeLog } from '../logs/write-log.ts';
import { token } from '../tenants/ids.ts';
import { UNSURE } from '../../contract/unsure.ts';
import { flowUser, logContext, type Flow } from './flow.ts';

export const SESSION_COOKIE = 'auth0';
const CODE_TTL_MS = 60_000;

function callback(flow: Flow, params: Record<string, string>): string {
  const url = new URL(flow.tx.request.redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (flow.tx.request.state !== undefined) url.searchParams.set('state', flow.tx.request.state);
  return url.toString();
}

/**
 * The login succeeded: the session remembers who logged in and with which methods (RED-4), `s` is logged
 * (LOG-1), and the application gets its code.
 */
export function finishLogin(flow: Flow): MockResponse {
  const { tenant, tx } = flow;
  const user = flowUser(flow);
  const sessionId = tx.sessionId && tenant.sessions.has(tx.sessionId) ? tx.sessionId : randomUUID();
  tenant.sessions.set(sessionId, {
    id: sessionId,
    userId: user.user_id,
    methods: tx.methods,
    created_at: new Date().toISOString(),
  });
  const usedMfa = tx.methods.some(
    (m) => m.name === 'mfa' && tx.challengedWith.length + tx.enrolledNow.length > 0,
  );
  const code = token();
  tenant.codes.set(code, {
    code,
    clientId: tx.request.clientId,
    redirectUri: tx.request.redirectUri,
    codeChallenge: tx.request.codeChallenge,
    nonce: tx.request.nonce,
    userId: user.user_id,
    sessionId,
    scope: tx.request.scope,
    audience: tx.request.audience,
    amr: usedMfa && UNSURE.amrAfterActionsMfa ? ['mfa'] : [],
    idTokenClaims: tx.idTokenClaims,
    accessTokenClaims: tx.accessTokenClaims,
    expiresAt: Date.now() + CODE_TTL_MS,
    used: false,
  });
  tenant.transactions.delete(tx.state);
  writeLog(tenant, 's', logContext(flow));
  return withCookies(redirect(callback(flow, { code })), [cookie(SESSION_COOKIE, sessionId)]);
}

/**
 * The login failed: `f` is logged with the reason (LOG-1) and the application gets error=access_denied
 * (contract §1.6). A failure in MFA lands there too while UNSURE.mfaFailureEndsAtCallback holds
 * (docs/decisions/0016); otherwise it shows an error page, as a real tenant may.
 */
export function failLogin(flow: Flow, reason: string, options: { inMfa?: boolean } = {}): MockResponse {
  flow.tenant.transactions.delete(flow.tx.state);
  writeLog(flow.tenant, 'f', logContext(flow), { description: reason });
  if (options.inMfa && !UNSURE.mfaFailureEndsAtCallback) return errorPage(reason);
  return redirect(callback(flow, { error: 'access_denied', error_description: reason }));
}
