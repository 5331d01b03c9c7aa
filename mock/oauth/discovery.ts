import { json } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';

/** /.well-known/openid-configuration and /.well-known/jwks.json, per tenant. */
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
          end_session_endpoint: `${origin}/oidc/logout`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
        });
      },
    },
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handler: async (req: MockRequest) =>
        json({ keys: [(await services.tenants.get(req.origin)).signingKey.publicJwk] }),
    },
  ];
}
