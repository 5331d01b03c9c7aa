/**
 * Every item of the Auth0 contract that was not confirmed on a real tenant (shared/auth0-contract.md marks
 * them UNSURE), in one table so that fixing one is a one-line change. The mock renders these values and the
 * page objects expect them; a run against a real tenant is what confirms or corrects them.
 */
export const UNSURE = {
  /** The enrollment picker's path; real tenants may serve /u/mfa-begin-enroll-options instead. */
  enrollPickerPath: '/u/mfa-enroll-options',
  /** The OTP enrollment screen's path (QR and text-code views share it). */
  otpEnrollmentPath: '/u/mfa-otp-enrollment',
  /** The voice challenge screen's path. */
  voiceChallengePath: '/u/mfa-voice-challenge',
  /** The screen showing the code that replaced a used recovery code; the contract names the screen, not its path. */
  recoveryCodeNewCodePath: '/u/mfa-recovery-code-challenge-new-code',
  /** Where a failed WebAuthn ceremony lands (the SDK's `mfa-webauthn-error` screen); the contract names no path. */
  webauthnErrorPath: '/u/mfa-webauthn-error',
  /**
   * How `public_key` of a webauthn-roaming enrollment is encoded in POST /users/{id}/authentication-methods:
   * the mock takes the COSE key in base64url, as @simplewebauthn stores it.
   */
  webauthnPublicKeyEncoding: 'cose-base64url',
  /** Whether an id token after Actions-driven MFA carries amr: ["mfa"]. The mock says yes. */
  amrAfterActionsMfa: true,
  /**
   * How a login that fails in MFA (mfar, the fifth command) ends: the mock redirects to the application with
   * error=access_denied, as for api.access.deny; a real tenant may show its own error page instead.
   */
  mfaFailureEndsAtCallback: true,
  /** Whether a TOTP code already used within its step is refused. The mock refuses it. */
  totpRejectsReusedCode: true,
  /**
   * Whether a TOTP code of the next step is accepted too (a window of one step either side, RFC 6238 §5.2,
   * docs/decisions/0054). The mock accepts it; the harness answers with one only late in a step, so a second
   * code of one login never waits for the next step.
   */
  totpAcceptsNextStep: true,
  /**
   * Whether the id token carries `auth_time` only when the request asked for it (max_age, prompt=login), as
   * Auth0's "Force Reauthentication" page says; `false` would put it in every id token.
   */
  authTimeOnlyWhenRequested: true,
  /**
   * What prompt=none answers at the callback (with error=interaction_required) when the login would have to
   * show a screen: MFA (Auth0's text, reported by applications), or an Action's redirect (no text found).
   */
  silentInteractionRequired: {
    mfa: 'Multifactor authentication required',
    redirect: 'Interaction required',
  },
  /**
   * Whether a confidential client may send its secret either way (HTTP Basic or the body), whichever
   * `token_endpoint_auth_method` it is registered with. The mock accepts both.
   */
  clientSecretEitherWay: true,
  /**
   * How GET /api/v2/users/{id}/enrollments shows each enrollment type (`type`, `auth_method`); the types
   * missing here (email, recovery codes) are not Guardian enrollments and are not listed (docs/decisions/0040).
   */
  guardianEnrollments: {
    totp: { type: 'authenticator', auth_method: 'authenticator' },
    phone: { type: 'sms', auth_method: 'sms' },
    push: { type: 'pn', auth_method: 'guardian' },
    'webauthn-roaming': { type: 'webauthn-roaming', auth_method: 'webauthn-roaming' },
    'webauthn-platform': { type: 'webauthn-platform', auth_method: 'webauthn-platform' },
  },
  /**
   * How Universal Login answers a screen (GET or POST) that is not the transaction's current step: the mock
   * shows its generic error page with this error code and 400; a real tenant may send the browser to the
   * current screen instead.
   */
  offStepError: 'invalid_request',
  /**
   * Whether a public client (token_endpoint_auth_method none) must prove its code with PKCE even when its
   * /authorize request sent no code_challenge: the mock refuses such an exchange.
   */
  publicClientRequiresPkce: true,
} as const;
