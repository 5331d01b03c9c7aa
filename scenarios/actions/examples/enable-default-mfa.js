/**
 * EX-9, variant of the second Action (shared/seeds/003): starts MFA with api.multifactor.enable, which runs
 * once at the end of the pipeline, so no later Action sees its result.
 */
exports.onExecutePostLogin = async (event, api) => {
  api.multifactor.enable('any');
};
