/**
 * EX-9, first of three Actions (shared/seeds/003): marks that it ran, and what MFA it saw (none yet).
 */
exports.onExecutePostLogin = async (event, api) => {
  const mfa = event.authentication.methods.filter((m) => m.name === 'mfa').map((m) => m.type);
  api.idToken.setCustomClaim('https://mfa-conformance.dev/first-saw-mfa', mfa);
};
