/**
 * A custom factor by redirect (004): send the user to the factor with a signed session token unless this
 * session recorded the factor within a day; on return, check the factor's token and record the method in the
 * session. Written for the catalogue from the blog post's description.
 */
const FACTOR_URL = 'https://custom-factor.example/verify';
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

exports.onExecutePostLogin = async (event, api) => {
  const recent = (event.authentication?.methods ?? []).some(
    (method) => method.name === FACTOR_URL && Date.now() - new Date(method.timestamp).getTime() < ONE_DAY_MS,
  );
  if (recent) return;
  const sessionToken = api.redirect.encodeToken({
    secret: event.secrets.SESSION_TOKEN_SECRET,
    payload: { user_id: event.user.user_id },
  });
  api.redirect.sendUserTo(FACTOR_URL, { query: { session_token: sessionToken } });
};

exports.onContinuePostLogin = async (event, api) => {
  try {
    api.redirect.validateToken({
      secret: event.secrets.SESSION_TOKEN_SECRET,
      tokenParameterName: 'session_token',
    });
  } catch {
    api.access.deny('The custom factor could not be verified');
    return;
  }
  api.authentication.recordMethod(FACTOR_URL);
};
