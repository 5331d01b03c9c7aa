/** Offers push or phone enrollment; on a tenant with neither enabled nothing can be enrolled (ENR-8). */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.enrollWithAny([{ type: 'push-notification' }, { type: 'phone' }]);
};
