// SEL-11, SEQ-3
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';
import { factorOfAuthenticator, type FactorType } from '../../contract/factors.ts';

export interface EnrolledFactor {
  type: FactorType;
  options?: Record<string, unknown>;
}

/** Explicit, confirmed enrollments, in enrollment order, one entry per factor. */
export function explicitFactors(user: User): FactorType[] {
  const types = user.authenticators.filter((a) => a.confirmed).map((a) => factorOfAuthenticator(a.type));
  return [...new Set(types)];
}

/**
 * event.user.enrolledFactors: the explicit enrollments, plus `email` for a user with a verified email once
 * the email factor is enabled (SEL-11: email needs no enrollment). Of the tenant it reads only that.
 */
export function enrolledFactors(tenant: Pick<Tenant, 'isFactorEnabled'>, user: User): EnrolledFactor[] {
  const types = explicitFactors(user);
  if (tenant.isFactorEnabled('email') && user.email_verified && !types.includes('email')) types.push('email');
  return types.map((type) => {
    const phone = type === 'phone' ? user.authenticators.find((a) => a.type === 'phone') : undefined;
    return phone
      ? { type, options: { preferredMethod: phone.preferred_authentication_method ?? 'sms' } }
      : { type };
  });
}
