/**
 * Log event codes the mock writes (shared/auth0-contract.md §4, and Auth0's log event reference for the OIDC
 * endpoints: refresh tokens, silent authentication, logout) and their default descriptions. A `w` or
 * `mfar` entry carries its own message (mfa/messages.ts); the factor-specific Guardian entries name the
 * factor as the enrollment type (`totp`, `sms`, `email`…), as in "… succeed (totp)".
 */
export const LOG_TYPES = {
  s: 'Success Login',
  f: 'Failed Login',
  fp: 'Wrong email or password.',
  fu: 'Wrong email or password.',
  w: 'Warning',
  mfar: 'MFA required',
  seacft: 'Successful exchange of Authorization Code for Access Token',
  feacft: 'Failed exchange of Authorization Code for Access Token',
  seccft: 'Successful exchange of Access Token for a Client Credentials Grant',
  feccft: 'Failed exchange of Access Token for a Client Credentials Grant',
  sertft: 'Successful exchange of Refresh Token for Access Token',
  fertft: 'Failed exchange of Refresh Token for Access Token',
  srrt: 'Successful Refresh Token Revocation',
  ssa: 'Successful Silent Auth',
  fsa: 'Failed Silent Auth',
  slo: 'Success Logout',
  gd_start_auth: 'Guardian - Second factor authentication started',
  gd_auth_succeed: 'Guardian - Second factor authentication succeed',
  gd_auth_failed: 'Guardian - Second factor authentication failed',
  gd_auth_rejected: 'Guardian - Second factor authentication rejected',
  gd_start_enroll: 'Guardian - Enrollment started',
  gd_enrollment_complete: 'Guardian - Enrollment complete',
  gd_otp_rate_limit_exceed: 'Guardian - Too many failures',
  gd_recovery_succeed: 'Guardian - Recovery code authentication succeed',
  gd_recovery_failed: 'Guardian - Recovery code authentication failed',
  gd_send_sms: 'Guardian - SMS sent',
  gd_send_voice: 'Guardian - Voice call started',
  gd_send_email: 'Guardian - Email sent',
  gd_send_pn: 'Guardian - Push notification sent',
  gd_webauthn_challenge_failed: 'Guardian - WebAuthn challenge failed',
  gd_webauthn_enrollment_failed: 'Guardian - WebAuthn enrollment failed',
  limit_wc: 'An IP address is blocked because it attempted too many failed logins to a single account.',
  api_limit:
    'The maximum number of requests to the Authentication or Management APIs in given time was reached',
} as const;
export type LogType = keyof typeof LOG_TYPES;

/**
 * The entries that name the login's connection (`connection`, `connection_id`, `strategy`, `strategy_type`):
 * the login's outcome and its wrong passwords. Guardian's and the token endpoint's entries do not
 * (docs/decisions/0042).
 */
export const CONNECTION_LOG_TYPES: ReadonlySet<LogType> = new Set<LogType>(['s', 'f', 'fp', 'fu']);

const SOCIAL = new Set([
  'google-oauth2',
  'github',
  'facebook',
  'apple',
  'windowslive',
  'twitter',
  'linkedin',
]);

/** Auth0's `strategy_type` of a connection's strategy. */
export function strategyType(strategy: string): 'database' | 'social' | 'passwordless' | 'enterprise' {
  if (strategy === 'auth0') return 'database';
  if (strategy === 'sms' || strategy === 'email') return 'passwordless';
  return SOCIAL.has(strategy) ? 'social' : 'enterprise';
}
