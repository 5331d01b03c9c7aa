/** Asks for a recovery code enrollment without challenging first (ENR-6 when the user has a factor). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.enrollWith({ type: 'recovery-code' });
};
