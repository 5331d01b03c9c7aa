/** Challenges every user with the emailed code. */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'email' });
};
