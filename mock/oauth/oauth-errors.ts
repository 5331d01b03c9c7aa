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
} as const;

export function oauthError(which: keyof typeof OAUTH_ERRORS, status = 403): MockResponse {
  return json(OAUTH_ERRORS[which], status);
}
