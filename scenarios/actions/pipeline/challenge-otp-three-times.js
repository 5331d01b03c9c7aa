/** Three more challenges: the first of them is the flow's fifth command (SEQ-4). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'otp' });
  api.authentication.challengeWith({ type: 'otp' });
  api.authentication.challengeWith({ type: 'otp' });
};
