import type { TargetTenant } from '../target/target.ts';

/**
 * The user a device is enrolled for before the login: each device's `provision` creates the user's
 * enrollment through the Management API and hands back what the harness holds to answer with later.
 */
export interface UserToEnroll {
  target: TargetTenant;
  userId: string;
  email: string;
}
