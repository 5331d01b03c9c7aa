/**
 * EX-9, third of three Actions (shared/seeds/003): reports the MFA it sees, so a scenario can tell whether
 * it ran after the challenge.
 */
exports.onExecutePostLogin = async (event, api) => {
  const mfa = event.authentication.methods.filter((m) => m.name === 'mfa').map((m) => m.type);
  api.idToken.setCustomClaim('https://mfa-conformance.dev/third-saw-mfa', mfa);
};
