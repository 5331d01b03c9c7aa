/** As enroll-or-challenge-push.js, but the challenge offers no manual code: otpFallback: false (SEL-9). */
exports.onExecutePostLogin = async (event, api) => {
  const enrolled = event.user.enrolledFactors.some((factor) => factor.type === 'push-notification');
  if (enrolled)
    api.authentication.challengeWith({ type: 'push-notification', options: { otpFallback: false } });
  else api.authentication.enrollWith({ type: 'push-notification' });
};
