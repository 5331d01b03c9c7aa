/**
 * EX-5 (shared/seeds/000): with Adaptive MFA's risk assessment, challenge only a login from a device the
 * tenant does not recognize when the overall confidence is low or medium.
 */
exports.onExecutePostLogin = async (event, api) => {
  const risk = event.authentication && event.authentication.riskAssessment;
  if (!risk) return;
  const newDevice = risk.assessments && risk.assessments.NewDevice;
  const unrecognized = newDevice && newDevice.code !== 'match';
  if (unrecognized && (risk.confidence === 'low' || risk.confidence === 'medium')) {
    api.authentication.challengeWith({ type: 'otp' });
  }
};
