'use strict';
// Evaluated inside each Action's context: the post-login `api` (contract §3). Calls are recorded here, as
// data, and handed to the host when the Action ends; only api.redirect.encodeToken and validateToken ask the
// host, because the Action uses what they return.
module.exports = function installApi(realm) {
  const { Error, JSON } = globalThis;
  realm.calls = [];

  realm.buildApi = (entry) => {
    const record =
      (path) =>
      (...args) => {
        realm.calls.push({ path, args: JSON.parse(JSON.stringify(args)) });
      };
    const withOptions = (path) => (factor, options) => record(path)(factor, options ?? {});
    return {
      access: { deny: record('access.deny') },
      authentication: {
        challengeWith: withOptions('authentication.challengeWith'),
        challengeWithAny: record('authentication.challengeWithAny'),
        enrollWith: withOptions('authentication.enrollWith'),
        enrollWithAny: record('authentication.enrollWithAny'),
        recordMethod: (url) => {
          // RED-4: only onContinuePostLogin may record a method.
          if (entry !== 'onContinuePostLogin')
            throw new Error('api.authentication.recordMethod can only be called in onContinuePostLogin');
          record('authentication.recordMethod')(url);
        },
        setPrimaryUser: record('authentication.setPrimaryUser'),
      },
      multifactor: { enable: record('multifactor.enable') },
      idToken: { setCustomClaim: record('idToken.setCustomClaim') },
      accessToken: {
        setCustomClaim: record('accessToken.setCustomClaim'),
        addScope: record('accessToken.addScope'),
      },
      user: {
        setAppMetadata: record('user.setAppMetadata'),
        setUserMetadata: record('user.setUserMetadata'),
      },
      redirect: {
        sendUserTo: record('redirect.sendUserTo'),
        encodeToken: (options) => realm.call('token.encode', options),
        validateToken: (options) => realm.call('token.validate', options),
      },
    };
  };
};
