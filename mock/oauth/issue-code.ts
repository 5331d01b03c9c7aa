/**
 * The authorization code a finished login sends to the application: single use, valid one minute, holding
 * what its tokens are made from (the request's scope, audience, nonce and PKCE challenge, the Actions'
 * claims, amr after MFA, and auth_time when the request asked for it).
 */
import { now } from '../clock.ts';
import { token } from '../tenants/ids.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Transaction } from '../tenants/transaction.ts';
import { authenticatedAt, carriesAuthTime } from './authentication-time.ts';

const CODE_TTL_MS = 60_000;

export function issueCode(
  tenant: Tenant,
  tx: Transaction,
  login: { userId: string; sessionId: string; amr: string[] },
): string {
  const code = token();
  const { request } = tx;
  tenant.codes.set(code, {
    code,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    ...login,
    scope: request.scope,
    audience: request.audience,
    authTime: carriesAuthTime(request) ? authenticatedAt(tx.methods) : undefined,
    idTokenClaims: tx.idTokenClaims,
    accessTokenClaims: tx.accessTokenClaims,
    expiresAt: now() + CODE_TTL_MS,
    used: false,
  });
  return code;
}
