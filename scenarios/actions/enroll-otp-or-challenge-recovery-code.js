/**
 * Enrolls a user without OTP in it (their first factor, so the recovery code is shown too), and challenges
 * a user who has a recovery code with it.
 */
exports.onExecutePostLogin = async (event, api) => {
  const types = event.user.enrolledFactors.map((factor) => factor.type);
  if (types.includes('recovery-code')) api.authentication.challengeWith({ type: 'recovery-code' });
  else if (!types.includes('otp')) api.authentication.enrollWith({ type: 'otp' });
};
