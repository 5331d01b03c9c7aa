/** Turns on the tenant's MFA for this login, offering "Remember this device" (api.multifactor.enable). */
exports.onExecutePostLogin = async (event, api) => {
  api.multifactor.enable('any', { allowRememberBrowser: true });
};
