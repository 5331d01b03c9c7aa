import { webauthnModule } from './webauthn-screens.ts';

/** A security key (`cross-platform`); it also carries the error screen both WebAuthn factors share. */
export const webauthnRoaming = webauthnModule('webauthn-roaming');

/** The device's own fingerprint or face reader (`platform`, user verification required). */
export const webauthnPlatform = webauthnModule('webauthn-platform');
