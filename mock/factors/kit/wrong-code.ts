// LOG-2, LOG-3
import { writeLog } from '../../logs/write-log.ts';
import { flowUser, logContext, type Flow } from '../../pipeline/flow.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import type { AuthenticatorType } from '../../../contract/factors.ts';

/** contract §5: ten wrong MFA codes in a row lock the user's MFA. */
export const MAX_WRONG_CODES = 10;

export function isMfaLocked(flow: Flow): boolean {
  return flowUser(flow).mfaFailures >= MAX_WRONG_CODES;
}

/** A wrong code: `gd_auth_failed` (`gd_recovery_failed`), and at the tenth in a row `gd_otp_rate_limit_exceed`. */
export function recordWrongCode(flow: Flow, authenticator: AuthenticatorType): ErrorCode {
  const user = flowUser(flow);
  user.mfaFailures += 1;
  // A recovery code has its own entry (contract §4); it counts towards the lock all the same.
  if (authenticator === 'recovery-code') writeLog(flow.tenant, 'gd_recovery_failed', logContext(flow));
  else
    writeLog(flow.tenant, 'gd_auth_failed', logContext(flow), {
      description: `Guardian - Second factor authentication failed (${authenticator}): wrong code`,
      details: { authenticator: { type: authenticator } },
    });
  if (user.mfaFailures < MAX_WRONG_CODES) return 'invalid-code';
  writeLog(flow.tenant, 'gd_otp_rate_limit_exceed', logContext(flow));
  return 'too-many-failures';
}
