/**
 * Example post-login Action: users enrolled in an authenticator app (OTP) are challenged with it; everyone
 * else logs in with the password alone. Replace it with your own, and the scenarios in mfa/ with theirs.
 */
exports.onExecutePostLogin = async (event, api) => {
  const enrolledInOtp = event.user.enrolledFactors.some((factor) => factor.type === 'otp');
  if (enrolledInOtp) api.authentication.challengeWith({ type: 'otp' });
};
