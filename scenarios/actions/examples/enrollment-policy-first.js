/**
 * EX-7, first Action (shared/seeds/001): users with factors prove one before anything else; an admin
 * without a security key then enrolls one. Users with none enroll a security key or OTP, admins both.
 */
exports.onExecutePostLogin = async (event, api) => {
  const isAdmin = event.user.app_metadata.isAdmin === true;
  const enrolled = event.user.enrolledFactors.map((f) => ({ type: f.type }));
  if (enrolled.length > 0) {
    api.authentication.challengeWithAny(enrolled);
    if (isAdmin && !enrolled.some((f) => f.type === 'webauthn-roaming')) {
      api.authentication.enrollWith({ type: 'webauthn-roaming' });
    }
    return;
  }
  const choices = [{ type: 'webauthn-roaming' }, { type: 'otp' }];
  api.authentication.enrollWithAny(choices);
  if (isAdmin) api.authentication.enrollWithAny(choices);
};
