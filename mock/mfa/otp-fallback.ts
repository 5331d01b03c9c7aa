// SEL-9
import type { FactorSpec } from './commands.ts';

/**
 * A push challenge offers "Manually Enter Code" (the Guardian app's one-time code) unless the Action passed
 * `otpFallback: false`; by default, and with `true`, it is offered.
 */
export function offersOtpFallback(options: FactorSpec['options']): boolean {
  return options?.otpFallback !== false;
}
