/**
 * EX-2 (shared/seeds/000): everyone proves OTP; holders of the Admin role then prove a second factor
 * (step-up), here the emailed code.
 */
exports.onExecutePostLogin = async (event, api) => {
  api.authentication.challengeWith({ type: 'otp' });
  const roles = (event.authorization && event.authorization.roles) || [];
  if (roles.includes('Admin')) api.authentication.challengeWith({ type: 'email' });
};
