/** Enrolls a user without the Guardian app in push notifications (enrollWith), and challenges one who has it. */
exports.onExecutePostLogin = async (event, api) => {
  const enrolled = event.user.enrolledFactors.some((factor) => factor.type === 'push-notification');
  if (enrolled) api.authentication.challengeWith({ type: 'push-notification' });
  else api.authentication.enrollWith({ type: 'push-notification' });
};
