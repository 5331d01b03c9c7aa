import { TARGET } from '../config.ts';
import { mockTenant } from './mock-target.ts';
import { realTenant } from './real-tenant.ts';
import type { TargetTenant } from './target.ts';

/** The tenant a scenario runs on: its own mock tenant, or the configured real one. */
export function openTarget(label: string): TargetTenant {
  return TARGET === 'tenant' ? realTenant() : mockTenant(label);
}
