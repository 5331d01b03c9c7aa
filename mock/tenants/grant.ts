/**
 * What a login granted an application: the authorization code it exchanges once, and the refresh token it
 * may exchange again and again (non-rotating, as Auth0's default). Both hold what the tokens are made from.
 */

/** The login behind a set of tokens: who, for which client, with which scope and claims. */
export interface TokenGrant {
  clientId: string;
  userId: string;
  sessionId: string;
  scope: string;
  audience?: string;
  amr: string[];
  /** When the user last authenticated (seconds), when the id token carries `auth_time`. */
  authTime?: number;
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
}

export interface AuthorizationCode extends TokenGrant {
  code: string;
  redirectUri: string;
  codeChallenge?: string;
  nonce?: string;
  expiresAt: number;
  used: boolean;
}

/** A refresh token is valid while the tenant holds it; revoking one deletes it. */
export interface RefreshToken extends TokenGrant {
  token: string;
  createdAt: string;
}

/** The grant alone, without what made it a code or a refresh token. */
export function tokenGrant(source: TokenGrant): TokenGrant {
  const { clientId, userId, sessionId, scope, audience, amr, authTime, idTokenClaims, accessTokenClaims } =
    source;
  return { clientId, userId, sessionId, scope, audience, amr, authTime, idTokenClaims, accessTokenClaims };
}
