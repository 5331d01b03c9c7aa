/**
 * EX-8 (shared/seeds/002): holders of the Admin role must use a security key: enroll one when they have
 * none, otherwise prove it. Other users get no MFA from this Action.
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = (event.authorization && event.authorization.roles) || [];
  if (!roles.includes('Admin')) return;
  const hasKey = event.user.enrolledFactors.some((f) => f.type === 'webauthn-roaming');
  if (hasKey) api.authentication.challengeWith({ type: 'webauthn-roaming' });
  else api.authentication.enrollWith({ type: 'webauthn-roaming' });
};
