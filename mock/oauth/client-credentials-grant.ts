/**
 * grant_type=client_credentials, once the client is authenticated: checkAudience (the Management API),
 * checkClientGrant (its scopes, client-grants.ts), then an access token with the Management API's audience
 * and the grant's scopes; `seccft` / `feccft`.
 */
import { field, type MockRequest } from '../http/request.ts';
import { json, type MockResponse } from '../http/response.ts';
import { requestContext, writeLog } from '../logs/write-log.ts';
import type { Client } from '../tenants/model.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { clientCredentialsScope } from './client-grants.ts';
import { oauthError } from './oauth-errors.ts';
import { managementAudience, signJwt, TOKEN_LIFETIME_SECONDS } from './tokens.ts';

export async function clientCredentials(
  tenant: Tenant,
  req: MockRequest,
  client: Client,
): Promise<MockResponse> {
  const audience = managementAudience(tenant);
  if (field(req, 'audience') !== audience) return oauthError('unknownAudience');
  const granted = clientCredentialsScope(tenant, client.client_id, audience, field(req, 'scope'));
  if (!granted.ok) {
    writeLog(tenant, 'feccft', requestContext(req, client.client_id), { description: granted.description });
    return json({ error: 'access_denied', error_description: granted.description }, 403);
  }
  const accessToken = await signJwt(
    tenant,
    {
      scope: granted.scope,
      gty: 'client-credentials',
      azp: client.client_id,
    },
    audience,
    `${client.client_id}@clients`,
  );
  writeLog(tenant, 'seccft', requestContext(req, client.client_id));
  return json({
    access_token: accessToken,
    scope: granted.scope,
    expires_in: TOKEN_LIFETIME_SECONDS,
    token_type: 'Bearer',
  });
}
