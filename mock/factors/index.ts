/**
 * The factor registry: every factor of the contract's table has its module here, exhaustively, so a new row
 * in contract/factors.ts does not compile until the mock has its screens. The router mounts them all; the
 * pipeline never imports a factor (it finds their screens through pipeline/prompt-paths.ts).
 */
import type { FactorType } from '../../contract/factors.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { FactorModule } from './kit/factor-module.ts';
import { email } from './email/index.ts';
import { otp } from './otp/index.ts';
import { phone } from './phone/index.ts';
import { push } from './push/index.ts';
import { recoveryCode } from './recovery-code/index.ts';
import { webauthnPlatform, webauthnRoaming } from './webauthn/index.ts';

/** Each factor's module, keyed by its type (and typed so that a module cannot sit under another's key). */
export const FACTOR_MODULES: { readonly [T in FactorType]: FactorModule<T> } = {
  otp,
  'recovery-code': recoveryCode,
  phone,
  'webauthn-roaming': webauthnRoaming,
  'webauthn-platform': webauthnPlatform,
  'push-notification': push,
  email,
};

/** Every factor's routes, for the router. */
export function factorRoutes(services: MockServices): Route[] {
  return Object.values(FACTOR_MODULES).flatMap((module) => module.routes(services));
}
