/**
 * /u/login/password (contract §1.3, LOG-1): a wrong password re-renders with HTTP 400 and
 * `#error-element-password` and logs `fp` (`fu` for an unknown user); the right one starts the pipeline.
 */
import { html, redirect, type MockResponse } from '../http/response.ts';
import { field } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { SCREEN_PATHS } from '../../contract/screens.ts';
import { layout } from '../screens/layout.ts';
import { primaryButton, primaryForm, textInput } from '../screens/markup.ts';
import { writeLog } from '../logs/write-log.ts';
import { logContext, resumeUrl, type Flow } from '../pipeline/flow.ts';
import { loginScreen } from './login-screen.ts';
import { findUserByEmail, passwordMatches } from '../tenants/users.ts';

const PATH = SCREEN_PATHS['login-password'];

function render(flow: Flow, wrong = false): MockResponse {
  const body = primaryForm(
    flow.tx.state,
    textInput({ name: 'username', label: 'Email address', value: flow.tx.username, readonly: true }) +
      textInput({
        name: 'password',
        label: 'Password',
        type: 'password',
        autocomplete: 'current-password',
        error: wrong ? 'wrong-credentials' : undefined,
      }) +
      primaryButton('Continue'),
  );
  return html(layout({ screen: 'login-password', title: 'Enter Your Password', body }), wrong ? 400 : 200);
}

function submit(flow: Flow): MockResponse {
  const { tenant, tx } = flow;
  const user = findUserByEmail(tenant, tx.username ?? '');
  const password = field(flow.req, 'password') ?? '';
  if (!user || !passwordMatches(user, password)) {
    writeLog(tenant, user ? 'fp' : 'fu', {
      ...logContext(flow),
      user: user ?? { user_id: '', email: tx.username ?? '' },
    });
    return render(flow, true);
  }
  const now = new Date().toISOString();
  tx.userId = user.user_id;
  tx.methods = [{ name: 'pwd', timestamp: now }];
  user.logins_count += 1;
  user.last_login = now;
  return redirect(resumeUrl(flow));
}

export function passwordRoutes(services: MockServices): Route[] {
  return [
    {
      method: 'GET',
      path: PATH,
      handler: loginScreen(services, (flow) =>
        flow.tx.username ? render(flow) : redirect(`/u/login/identifier?state=${flow.tx.state}`),
      ),
    },
    { method: 'POST', path: PATH, handler: loginScreen(services, submit) },
  ];
}
