/**
 * EX-4, enrolledFactors variant (shared/seeds/000, 001): OTP by default; "Try another method" offers every
 * factor the user is enrolled in.
 */
exports.onExecutePostLogin = async (event, api) => {
  const alternatives = event.user.enrolledFactors.map((f) => ({ type: f.type }));
  api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: alternatives });
};
