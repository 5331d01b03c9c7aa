import { json } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { RESPONSE_MODES } from './authorization-response.ts';

/**
 * /.well-known/openid-configuration and /.well-known/jwks.json, per tenant: Auth0's document, limited to what
 * the mock does (the code flow only, S256 only, secrets in the body or by HTTP Basic).
 */
export function discoveryRoutes(services: MockServices): Route[] {
  return [
    {
      method: 'GET',
      path: '/.well-known/openid-configuration',
      handler: async (req: MockRequest) => {
        const { origin } = await services.tenants.get(req.origin);
        return json({
          issuer: `${origin}/`,
          authorization_endpoint: `${origin}/authorize`,
          token_endpoint: `${origin}/oauth/token`,
          jwks_uri: `${origin}/.well-known/jwks.json`,
          userinfo_endpoint: `${origin}/userinfo`,
          revocation_endpoint: `${origin}/oauth/revoke`,
          end_session_endpoint: `${origin}/oidc/logout`,
          scopes_supported: [
            'openid',
            'profile',
            'offline_access',
            'name',
            'nickname',
            'email',
            'email_verified',
          ],
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          response_modes_supported: RESPONSE_MODES,
          subject_types_supported: ['public'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
          claims_supported: [
            'aud',
            'auth_time',
            'email',
            'email_verified',
            'exp',
            'iat',
            'iss',
            'name',
            'nickname',
            'sub',
            'updated_at',
          ],
          request_uri_parameter_supported: false,
          request_parameter_supported: false,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      },
    },
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handler: async (req: MockRequest) =>
        json({ keys: [(await (await services.tenants.get(req.origin)).signingKey()).publicJwk] }),
    },
  ];
}
