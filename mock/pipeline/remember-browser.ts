import type { MockRequest } from '../http/request.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';

/** Cookie of "Remember this device" (contract §5): skips the default MFA on the next login. */
export const REMEMBER_COOKIE = 'auth0-mf';
export const REMEMBER_MAX_AGE_SECONDS = 30 * 24 * 3600;

export function rememberBrowser(tenant: Tenant, user: User, value: string): void {
  tenant.rememberedBrowsers.set(value, {
    userId: user.user_id,
    expiresAt: Date.now() + REMEMBER_MAX_AGE_SECONDS * 1000,
  });
}

export function isBrowserRemembered(tenant: Tenant, user: User, req: MockRequest): boolean {
  const entry = tenant.rememberedBrowsers.get(req.cookies[REMEMBER_COOKIE] ?? '');
  return entry !== undefined && entry.userId === user.user_id && entry.expiresAt > Date.now();
}

/** POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser */
export function forgetBrowsers(tenant: Tenant, userId: string): void {
  for (const [value, entry] of tenant.rememberedBrowsers)
    if (entry.userId === userId) tenant.rememberedBrowsers.delete(value);
}
