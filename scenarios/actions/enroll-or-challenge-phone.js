/**
 * Enrolls a user without a phone in it (enrollWith phone, text or call as the tenant allows), and
 * challenges a user who has one (challengeWith phone, by the enrollment's preferred method).
 */
exports.onExecutePostLogin = async (event, api) => {
  const enrolled = event.user.enrolledFactors.some((factor) => factor.type === 'phone');
  if (enrolled) api.authentication.challengeWith({ type: 'phone' });
  else api.authentication.enrollWith({ type: 'phone' });
};
