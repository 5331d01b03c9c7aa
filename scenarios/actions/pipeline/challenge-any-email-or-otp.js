/** Lets the user choose email or OTP; a scenario leaves one of them unusable (SEL-4, SEL-6). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWithAny([{ type: 'email' }, { type: 'otp' }]);
};
