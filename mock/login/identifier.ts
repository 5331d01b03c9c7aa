import { html, redirect, type MockResponse } from '../http/response.ts';
import { field } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { SCREEN_PATHS } from '../../contract/screens.ts';
import { layout } from '../screens/layout.ts';
import { hidden, primaryButton, primaryForm, textInput } from '../screens/markup.ts';
import type { ErrorCode } from '../screens/error-texts.ts';
import type { Flow } from '../pipeline/flow.ts';
import { loginScreen } from './login-screen.ts';

const PATH = SCREEN_PATHS['login-id'];

/**
 * The capability inputs real pages fill in with script; WebAuthn enrollments depend on them (ENR-7). The
 * script marks js-available last, once the asynchronous platform check has answered.
 */
const CAPABILITIES = `${hidden('js-available', 'false')}${hidden('webauthn-available', 'false')}${hidden('is-brave', 'false')}${hidden('webauthn-platform-available', 'false')}`;
const CAPABILITY_SCRIPT = `<script>
(async () => {
  const set = (name, value) => document.querySelectorAll('input[name="' + name + '"]').forEach((i) => { i.value = String(value); });
  const webauthn = typeof window.PublicKeyCredential === 'function';
  set('webauthn-available', webauthn);
  let platform = false;
  try { platform = webauthn && await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable(); } catch {}
  set('webauthn-platform-available', platform);
  set('js-available', true);
})();
</script>`;

function render(flow: Flow, error?: ErrorCode): MockResponse {
  const body = primaryForm(
    flow.tx.state,
    textInput({
      name: 'username',
      label: 'Email address',
      type: 'text',
      autocomplete: 'username',
      value: flow.tx.username,
      error,
    }) +
      CAPABILITIES +
      primaryButton('Continue'),
  );
  return html(
    layout({
      screen: 'login-id',
      title: 'Welcome',
      description: 'Log in to continue.',
      body,
      scripts: CAPABILITY_SCRIPT,
    }),
    error ? 400 : 200,
  );
}

function submit(flow: Flow): MockResponse {
  const username = field(flow.req, 'username')?.trim() ?? '';
  if (!/^[^@\s]+@[^@\s]+$/.test(username)) return render(flow, 'invalid-email');
  flow.tx.username = username;
  flow.tx.capabilities = {
    webauthn: field(flow.req, 'webauthn-available') === 'true',
    webauthnPlatform: field(flow.req, 'webauthn-platform-available') === 'true',
  };
  return redirect(`/u/login/password?state=${encodeURIComponent(flow.tx.state)}`);
}

export function identifierRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: PATH, handler: loginScreen(services, (flow) => render(flow)) },
    { method: 'POST', path: PATH, handler: loginScreen(services, submit) },
  ];
}
