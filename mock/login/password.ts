/**
 * /u/login/password (contract §1.3, LOG-1): a wrong password re-renders with HTTP 400 and
 * `#error-element-password` and logs `fp` (`fu` for an unknown user); the right one starts the pipeline.
 * Brute-force protection (attack-protection/brute-force.ts): the tenth wrong password in a row from one IP
 * blocks the user from it (`limit_wc`, `user-blocked`), and a blocked attempt is refused unchecked.
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
import type { User } from '../tenants/model.ts';
import { countFailedLogin, forgetFailedLogins, isBlocked } from '../attack-protection/brute-force.ts';
import { notifyBlockedUser } from '../attack-protection/block-notification.ts';

const PATH = SCREEN_PATHS['login-password'];

function render(flow: Flow, error?: 'wrong-credentials' | 'user-blocked'): MockResponse {
  const body = primaryForm(
    flow.tx.state,
    textInput({ name: 'username', label: 'Email address', value: flow.tx.username, readonly: true }) +
      textInput({
        name: 'password',
        label: 'Password',
        type: 'password',
        autocomplete: 'current-password',
        error,
      }) +
      primaryButton('Continue'),
  );
  return html(layout({ screen: 'login-password', title: 'Enter Your Password', body }), error ? 400 : 200);
}

/** A wrong password: `fp` (`fu`), and for a known user one more failure from this IP, which may block. */
function refuse(flow: Flow, user: User | undefined): MockResponse {
  const { tenant, tx, req } = flow;
  const context = { ...logContext(flow), user: user ?? { user_id: '', email: tx.username ?? '' } };
  writeLog(tenant, user ? 'fp' : 'fu', context, {
    details: { error: { message: 'Wrong email or password.' } },
  });
  if (!user || countFailedLogin(tenant, user, req.ip) === 'counted') return render(flow, 'wrong-credentials');
  writeLog(tenant, 'limit_wc', { ...context, ip: req.ip });
  notifyBlockedUser(tenant, user, req.ip);
  return render(flow, 'user-blocked');
}

function submit(flow: Flow): MockResponse {
  const { tenant, tx, req } = flow;
  const user = findUserByEmail(tenant, tx.username ?? '');
  if (user && isBlocked(tenant, user, req.ip)) return render(flow, 'user-blocked');
  if (!user || !passwordMatches(user, field(req, 'password') ?? '')) return refuse(flow, user);
  forgetFailedLogins(tenant, user, req.ip);
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
