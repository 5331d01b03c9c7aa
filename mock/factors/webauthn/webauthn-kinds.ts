/**
 * The two WebAuthn factors differ only in the authenticator they ask for and in their texts: a security key
 * (roaming, `cross-platform`) or the device's own fingerprint or face reader (platform, user verification
 * required). Everything else — options, verification, error screen — is shared. Their labels and screen
 * paths are the contract's (contract/factors.ts).
 */
import type { FactorType } from '../../../contract/factors.ts';
import type { ScreenName } from '../../../contract/screens.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';

export type WebauthnFactor = Extract<FactorType, 'webauthn-roaming' | 'webauthn-platform'>;

export interface WebauthnKind {
  factor: WebauthnFactor;
  enrollScreen: ScreenName;
  challengeScreen: ScreenName;
  enrollPath: string;
  challengePath: string;
  attachment: 'cross-platform' | 'platform';
  /** A security key is a possession factor; a platform authenticator stands for the user (UV). */
  requireUserVerification: boolean;
  texts: {
    enrollTitle: string;
    enrollDescription: string;
    challengeTitle: string;
    challengeDescription: string;
    button: string;
  };
}

export const WEBAUTHN_KINDS: Record<WebauthnFactor, WebauthnKind> = {
  'webauthn-roaming': {
    factor: 'webauthn-roaming',
    enrollScreen: 'mfa-webauthn-roaming-enrollment',
    challengeScreen: 'mfa-webauthn-roaming-challenge',
    enrollPath: factorPath('enroll', 'webauthn-roaming'),
    challengePath: factorPath('challenge', 'webauthn-roaming'),
    attachment: 'cross-platform',
    requireUserVerification: false,
    texts: {
      enrollTitle: 'Adding Your Security Key',
      enrollDescription: 'Insert your security key and press "Use security key".',
      challengeTitle: 'Verify Your Identity',
      challengeDescription: 'Make sure your security key is nearby, then press "Use security key".',
      button: 'Use security key',
    },
  },
  'webauthn-platform': {
    factor: 'webauthn-platform',
    enrollScreen: 'mfa-webauthn-platform-enrollment',
    challengeScreen: 'mfa-webauthn-platform-challenge',
    enrollPath: factorPath('enroll', 'webauthn-platform'),
    challengePath: factorPath('challenge', 'webauthn-platform'),
    attachment: 'platform',
    requireUserVerification: true,
    texts: {
      enrollTitle: 'Log in faster on this device',
      enrollDescription: 'Use your fingerprint or face recognition to log in next time.',
      challengeTitle: 'Verify Your Identity',
      challengeDescription: 'Press Continue to use your fingerprint or face recognition.',
      button: 'Continue',
    },
  },
};
