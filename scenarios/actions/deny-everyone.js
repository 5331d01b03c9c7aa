/** Denies every login, with a reason the application receives as error_description. */
exports.onExecutePostLogin = async (event, api) => {
  api.access.deny('Logins are closed for maintenance');
};
