import type { TargetTenant } from '../target/target.ts';
import { pollUntil } from '../wait/poll-until.ts';
import { parseGuardianUri } from './guardian-uri.ts';
import { TotpDevice } from './totp-device.ts';

/** The sentence a push step gives when it needs the Guardian app on the tenant target. */
export const GUARDIAN_APP_NEEDED =
  "on a real tenant only the push notification's OTP fallback can be automated: enrolling a device, " +
  'approving and rejecting a notification need the Guardian app. Mark the scenario mockOnly, or answer ' +
  'the challenge with otpFallback: true';

/** How long a notification may take to reach the device after the challenge screen appeared. */
const NOTIFICATION_TIMEOUT_MS = 10_000;

/**
 * The Guardian app on the user's phone, played by the harness against the mock's device simulator
 * (`/__mock/guardian`, mock only): it scans the enrollment QR code, then approves or rejects the
 * notifications sent to it, and shows one-time codes from the secret the QR code carried.
 */
export class GuardianDevice {
  /** The app's one-time codes (the "Manually Enter Code" fallback). */
  readonly totp: TotpDevice;

  private constructor(
    readonly target: TargetTenant,
    readonly baseUrl: string,
    readonly deviceId: string,
    secret: string,
  ) {
    this.totp = new TotpDevice(secret);
  }

  /** Scans an enrollment QR code's URI and enrolls, as the app does after the camera read it. */
  static async enroll(target: TargetTenant, uri: string): Promise<GuardianDevice> {
    if (target.kind !== 'mock') throw new Error(GUARDIAN_APP_NEEDED);
    const { enrollmentTxId, secret, baseUrl } = parseGuardianUri(uri);
    const response = await target.fetch(`${baseUrl}enrollments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollment_tx_id: enrollmentTxId, name: 'mfa-conformance phone' }),
    });
    if (!response.ok) throw new Error(`the Guardian device could not enroll: ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    return new GuardianDevice(target, baseUrl, id, secret);
  }

  /** Waits for the notification the challenge sent, and answers it. */
  async respond(action: 'approve' | 'reject'): Promise<void> {
    const notifications = `${this.baseUrl}devices/${encodeURIComponent(this.deviceId)}/notifications`;
    const pending = await pollUntil(
      async () => {
        const list = (await (await this.target.fetch(notifications)).json()) as Array<{ id: string }>;
        return list[0];
      },
      {
        timeoutMs: NOTIFICATION_TIMEOUT_MS,
        intervalMs: 200,
        message: 'no push notification reached the device',
      },
    );
    const response = await this.target.fetch(`${notifications}/${encodeURIComponent(pending.id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action }),
    });
    if (!response.ok) throw new Error(`the Guardian device could not ${action}: ${await response.text()}`);
  }
}
