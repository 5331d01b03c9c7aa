/** Offers OTP enrollment; for a user already enrolled in OTP the command fails and the login goes on (ENR-4). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.enrollWithAny([{ type: 'otp' }]);
};
