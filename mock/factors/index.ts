import type { FactorType } from '../mfa/factor-types.ts';
import type { FactorScreens } from './kit/factor-module.ts';
import { otpScreens } from './otp/otp.ts';
import { recoveryCodeScreens } from './recovery-code/recovery-code.ts';
import { phoneScreens } from './phone/phone.ts';
import { webauthnScreens } from './webauthn/webauthn-screens.ts';
import { pushScreens } from './push/index.ts';
import { emailScreens } from './email/email.ts';

const SCREENS: Partial<Record<FactorType, FactorScreens>> = {
  otp: otpScreens,
  'recovery-code': recoveryCodeScreens,
  phone: phoneScreens,
  'webauthn-roaming': webauthnScreens('webauthn-roaming'),
  'webauthn-platform': webauthnScreens('webauthn-platform'),
  'push-notification': pushScreens,
  email: emailScreens,
};

/** Every factor that has screens, for the router. */
export function allFactorScreens(): FactorScreens[] {
  return Object.values(SCREENS);
}

export function factorScreens(type: FactorType): FactorScreens {
  const screens = SCREENS[type];
  if (!screens) throw new Error(`the mock has no Universal Login screens for the ${type} factor`);
  return screens;
}

export function factorLabel(type: FactorType): string {
  return SCREENS[type]?.label ?? type;
}
