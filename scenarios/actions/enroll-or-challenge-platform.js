/** Enrolls a user in this device's fingerprint or face reader (enrollWith), and challenges one who has it. */
exports.onExecutePostLogin = async (event, api) => {
  const enrolled = event.user.enrolledFactors.some((factor) => factor.type === 'webauthn-platform');
  if (enrolled) api.authentication.challengeWith({ type: 'webauthn-platform' });
  else api.authentication.enrollWith({ type: 'webauthn-platform' });
};
