/** Enrolls a user without a security key in one (enrollWith), and challenges a user who has one. */
exports.onExecutePostLogin = async (event, api) => {
  const enrolled = event.user.enrolledFactors.some((factor) => factor.type === 'webauthn-roaming');
  if (enrolled) api.authentication.challengeWith({ type: 'webauthn-roaming' });
  else api.authentication.enrollWith({ type: 'webauthn-roaming' });
};
