/**
 * EX-9, second of three Actions (shared/seeds/003): starts MFA with a command that pauses the pipeline,
 * so the third Action runs after the challenge.
 */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'email' }]);
};
