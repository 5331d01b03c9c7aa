/** The id token claim in which the probe Action reports event.authentication.methods. */
export const METHODS_CLAIM = 'https://mfa-conformance.dev/methods';

/**
 * Bound after the scenario's Actions: it sees what a last Action would see (SEQ-2, SEQ-3) and reports it in
 * the id token, so a scenario can assert on event.authentication.methods on either target.
 */
export const PROBE_ACTION_CODE = `exports.onExecutePostLogin = async (event, api) => {
  const methods = (event.authentication && event.authentication.methods) || [];
  api.idToken.setCustomClaim('${METHODS_CLAIM}', methods.map((m) => (m.type ? { name: m.name, type: m.type } : { name: m.name })));
};
`;
