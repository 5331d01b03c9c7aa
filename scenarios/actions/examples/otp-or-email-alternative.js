/**
 * EX-4, fixed list (shared/seeds/000): OTP by default; "Try another method" offers the emailed code.
 */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });
};
