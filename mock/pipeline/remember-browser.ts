import { now } from '../clock.ts';
import type { MockRequest } from '../http/request.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';

/** Cookie of "Remember this device" (contract §5): skips the default MFA on the next login. */
export const REMEMBER_COOKIE = 'auth0-mf';
export const REMEMBER_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** What these read of a tenant, of a user and of a request. */
type Browsers = Pick<Tenant, 'rememberedBrowsers'>;
type UserId = Pick<User, 'user_id'>;

export function rememberBrowser(tenant: Browsers, user: UserId, value: string): void {
  tenant.rememberedBrowsers.set(value, {
    userId: user.user_id,
    expiresAt: now() + REMEMBER_MAX_AGE_SECONDS * 1000,
  });
}

export function isBrowserRemembered(
  tenant: Browsers,
  user: UserId,
  req: Pick<MockRequest, 'cookies'>,
): boolean {
  // Stryker disable next-line StringLiteral: remembered values are random tokens, so any fallback finds none
  const entry = tenant.rememberedBrowsers.get(req.cookies[REMEMBER_COOKIE] ?? '');
  return entry !== undefined && entry.userId === user.user_id && entry.expiresAt > now();
}

/** POST /api/v2/users/{id}/multifactor/actions/invalidate-remember-browser */
export function forgetBrowsers(tenant: Browsers, userId: string): void {
  for (const [value, entry] of tenant.rememberedBrowsers)
    if (entry.userId === userId) tenant.rememberedBrowsers.delete(value);
}
