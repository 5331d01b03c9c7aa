/** Enrolls a user without OTP in it (enrollWith), and challenges a user who has it (challengeWith). */
exports.onExecutePostLogin = async (event, api) => {
  const enrolled = event.user.enrolledFactors.some((factor) => factor.type === 'otp');
  if (enrolled) api.authentication.challengeWith({ type: 'otp' });
  else api.authentication.enrollWith({ type: 'otp' });
};
