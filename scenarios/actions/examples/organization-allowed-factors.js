/**
 * EX-3 (shared/seeds/000): the organization's metadata lists the factors it allows (`mfa_factors`, comma
 * separated); a user whose metadata says they have a phone is challenged by phone when allowed, others by
 * the first other allowed factor.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (!event.organization) return;
  const allowed = String(event.organization.metadata.mfa_factors || '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const hasPhone = event.user.user_metadata.has_phone === true;
  const choice = hasPhone && allowed.includes('phone') ? 'phone' : allowed.find((f) => f !== 'phone');
  if (choice) api.authentication.challengeWith({ type: choice });
};
