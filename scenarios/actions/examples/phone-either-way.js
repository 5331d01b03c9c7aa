/**
 * EX-6 (shared/seeds/000): challenge with the phone, letting the user choose a text message or a call.
 */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'phone', options: { preferredMethod: 'both' } });
};
