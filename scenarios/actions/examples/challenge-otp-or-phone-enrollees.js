/**
 * EX-1 (shared/seeds/000): MFA only for users enrolled in OTP or phone, with whichever of the two they have.
 */
exports.onExecutePostLogin = async (event, api) => {
  const allowed = new Set(['otp', 'phone']);
  const factors = event.user.enrolledFactors
    .filter((f) => allowed.has(f.type))
    .map((f) => ({ type: f.type }));
  if (factors.length > 0) api.authentication.challengeWithAny(factors);
};
