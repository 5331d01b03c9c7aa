import { SignJWT } from 'jose';
import type { Tenant } from '../tenants/tenant.ts';

export const TOKEN_LIFETIME_SECONDS = 86_400;

/** Signs a JWT with the tenant's key, as Auth0 signs id and access tokens (RS256, `kid` in the header). */
export async function signJwt(
  tenant: Tenant,
  claims: Record<string, unknown>,
  audience: string | string[],
  subject: string,
): Promise<string> {
  const key = await tenant.signingKey();
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(`${tenant.origin}/`)
    .setSubject(subject)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
    .sign(key.privateKey);
}

/** The Management API's audience for a tenant: `https://<domain>/api/v2/` (contract §4). */
export function managementAudience(tenant: Tenant): string {
  return `https://${tenant.host}/api/v2/`;
}
