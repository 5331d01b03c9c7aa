/**
 * One sentence for why a tenant could not be used, from the error Node's fetch or the auth0 SDK threw: what
 * is wrong and what to change, instead of a bare `fetch failed` or an SDK stack.
 */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
]);

function causeCode(error: unknown): string | undefined {
  for (let at = error as { code?: unknown; cause?: unknown } | undefined; at;) {
    if (typeof at.code === 'string') return at.code;
    at = at.cause as typeof at;
  }
  return undefined;
}

/**
 * @param suffix what the tenant's settings end in: `''` for the one-tenant form, `_A` for tenant `a` of
 *   AUTH0_TENANTS, so that the sentence names the setting to check.
 */
export function explainTenantFailure(error: unknown, domain: string, suffix = ''): string {
  const code = causeCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `${domain} cannot be found (${code}): check AUTH0_DOMAIN${suffix} in .env.`;
  if (code === 'ECONNREFUSED')
    return `Nothing answers at https://${domain} (ECONNREFUSED): check AUTH0_DOMAIN${suffix} in .env.`;
  if (code && CERTIFICATE_CODES.has(code))
    return (
      `https://${domain} presents a certificate Node does not trust (${code}): for the mock's tenants, ` +
      'set NODE_EXTRA_CA_CERTS=.tools/mock-ca.pem.'
    );
  const failure = error as
    { statusCode?: unknown; message?: unknown; body?: { message?: unknown } } | undefined;
  // The SDK's errors carry the tenant's answer as `body` ({ statusCode, error, message, errorCode }).
  const answered = failure?.body?.message;
  const message = typeof answered === 'string' ? answered : String(failure?.message ?? error).split('\n')[0];
  if (failure?.statusCode === 401 || /access_denied|Unauthorized|invalid_client/i.test(message))
    return (
      `${domain} refused the Management API application a token (${message}): check AUTH0_MGMT_CLIENT_ID${suffix} and ` +
      `AUTH0_MGMT_CLIENT_SECRET${suffix}, and that the application is authorized for the Auth0 Management API.`
    );
  if (failure?.statusCode === 429)
    return (
      `${domain}'s Management API kept answering 429 (${message}) through the SDK's retries: another client is ` +
      "using up the tenant's rate limit; stop it, or run when the tenant is idle."
    );
  if (failure?.statusCode === 403)
    return (
      `${domain}'s Management API refused a call (${message}): grant the application the scopes README's ` +
      '"Running against a real tenant" lists.'
    );
  return `${domain}'s Management API failed: ${message}.`;
}
