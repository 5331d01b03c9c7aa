import { json, type MockResponse } from '../http/response.ts';

/**
 * OAuth errors as Auth0's token endpoint sends them; tests assert on the exact `error` and
 * `error_description` (as node-oidc-provider's do).
 */
export const OAUTH_ERRORS = {
  invalidGrantCode: { error: 'invalid_grant', error_description: 'Invalid authorization code' },
  invalidGrantVerifier: { error: 'invalid_grant', error_description: 'Failed to verify code verifier' },
  invalidGrantRedirect: { error: 'invalid_grant', error_description: 'Invalid redirect_uri' },
  invalidClient: { error: 'access_denied', error_description: 'Unauthorized' },
  unsupportedGrant: {
    error: 'unsupported_grant_type',
    error_description: 'Grant type not allowed for the client.',
  },
  invalidRequestVerifier: {
    error: 'invalid_request',
    error_description: 'Missing required parameter: code_verifier',
  },
  unknownAudience: { error: 'access_denied', error_description: 'Service not enabled within domain' },
  invalidRefreshToken: { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' },
  refreshTokenOfDeletedUser: {
    error: 'invalid_grant',
    error_description: "The refresh_token was generated for a user who doesn't exist anymore.",
  },
  missingRefreshToken: {
    error: 'invalid_request',
    error_description: 'Missing required parameter: refresh_token',
  },
  missingToken: { error: 'invalid_request', error_description: 'Missing required parameter: token' },
  revocationClient: { error: 'invalid_client', error_description: 'Unauthorized' },
} as const;

export type OAuthErrorName = keyof typeof OAUTH_ERRORS;

export function oauthError(which: OAuthErrorName, status = 403): MockResponse {
  return json(OAUTH_ERRORS[which], status);
}

/** A grant the client is not set up for (its `grant_types`), as Auth0 words it. */
export function grantNotAllowed(grantType: string): MockResponse {
  return json(
    {
      error: 'unauthorized_client',
      error_description: `Grant type '${grantType}' not allowed for the client.`,
    },
    403,
  );
}
