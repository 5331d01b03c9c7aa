/** Challenges with the phone by text message only (preferredMethod: 'sms', SEL-8). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'phone', options: { preferredMethod: 'sms' } });
};
