/** Challenges with the phone by voice call only (preferredMethod: 'voice', SEL-8). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'phone', options: { preferredMethod: 'voice' } });
};
