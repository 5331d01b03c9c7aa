/** What the Guardian app reads from a push enrollment QR code. */
export interface GuardianEnrollmentUri {
  enrollmentTxId: string;
  /** The base32 TOTP secret the app shares with the tenant (the "Manually Enter Code" fallback). */
  secret: string;
  /** Where the app enrolls: the Guardian API (on the mock, its device simulator). */
  baseUrl: string;
}

/**
 * Parses `otpauth://totp/<issuer>:<user>?enrollment_tx_id=…&secret=…&base_url=…`, the URI a Guardian
 * enrollment QR code carries.
 */
export function parseGuardianUri(uri: string): GuardianEnrollmentUri {
  const url = new URL(uri);
  if (url.protocol !== 'otpauth:') throw new Error(`not an otpauth URI: ${uri}`);
  const param = (name: string) => {
    const value = url.searchParams.get(name);
    if (!value) throw new Error(`the Guardian enrollment URI has no ${name}: ${uri}`);
    return value;
  };
  return {
    enrollmentTxId: param('enrollment_tx_id'),
    secret: param('secret'),
    baseUrl: param('base_url').replace(/\/?$/, '/'),
  };
}
