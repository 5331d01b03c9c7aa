/**
 * What a push prompt keeps between requests, and how the Guardian device simulator finds it: an enrollment
 * waits for a device to scan its QR code (by enrollment transaction id), a challenge waits for a device
 * to answer its notification (by notification id). Both live in the transaction's prompt, so they end
 * with it.
 */
import type { Tenant } from '../../tenants/tenant.ts';
import type { Transaction } from '../../tenants/transaction.ts';

export interface PushEnrollment {
  /** `enrollment_tx_id` in the QR code's URI. */
  enrollmentTxId: string;
  /** The TOTP secret the Guardian app shares, for the "Manually Enter Code" fallback later. */
  secret: string;
  /** Set once a device scanned the QR code and enrolled. */
  deviceId?: string;
  deviceName?: string;
}

export interface PushChallenge {
  notificationId: string;
  /** The user's enrolled devices the notification went to. */
  deviceIds: string[];
  status: 'pending' | 'approved' | 'rejected';
  /** `code` after "Manually Enter Code": the screen asks for the app's one-time code. */
  view: 'push' | 'code';
}

export const ENROLLMENT_KEY = 'push-enrollment';
export const CHALLENGE_KEY = 'push-challenge';

function inPrompts<T>(tenant: Tenant, key: string): Array<{ tx: Transaction; state: T }> {
  return [...tenant.transactions.values()].flatMap((tx) => {
    const state = tx.prompt?.factorState[key] as T | undefined;
    return state ? [{ tx, state }] : [];
  });
}

export function findEnrollment(tenant: Tenant, enrollmentTxId: string): PushEnrollment | undefined {
  return inPrompts<PushEnrollment>(tenant, ENROLLMENT_KEY).find(
    (e) => e.state.enrollmentTxId === enrollmentTxId,
  )?.state;
}

/** Notifications still waiting for `deviceId`'s answer, with the login they belong to. */
export function pendingNotifications(
  tenant: Tenant,
  deviceId: string,
): Array<{ tx: Transaction; state: PushChallenge }> {
  return inPrompts<PushChallenge>(tenant, CHALLENGE_KEY).filter(
    (c) => c.state.status === 'pending' && c.state.deviceIds.includes(deviceId),
  );
}
