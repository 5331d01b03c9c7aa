/** Enrolls every user in a recovery code on its own (enrollWith recovery-code, ENR-5). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.enrollWith({ type: 'recovery-code' });
};
