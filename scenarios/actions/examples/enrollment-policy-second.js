/**
 * EX-7, second Action (shared/seeds/001): an admin must have used both the security key and OTP in this
 * login; whichever was not used yet is challenged now. "In this login" is the methods recorded in the
 * last ten minutes (the source uses five seconds, too tight for a browser-driven run).
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.user.app_metadata.isAdmin !== true) return;
  const recent = (type) =>
    event.authentication.methods.some(
      (m) =>
        m.name === 'mfa' && m.type === type && Date.now() - new Date(m.timestamp).getTime() < 10 * 60 * 1000,
    );
  if (!recent('webauthn-roaming')) api.authentication.challengeWith({ type: 'webauthn-roaming' });
  else if (!recent('otp')) api.authentication.challengeWith({ type: 'otp' });
};
