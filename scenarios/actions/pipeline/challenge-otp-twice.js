/** Two challenges in one Action: with the next Action's three, the flow asks for five commands (SEQ-4). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'otp' });
  api.authentication.challengeWith({ type: 'otp' });
};
