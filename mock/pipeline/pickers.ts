// SEL-2, SEL-3, ENR-1, ENR-2
import { html, redirect, type MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { layout } from '../screens/layout.ts';
import { actionForm, escapeHtml, hidden } from '../screens/markup.ts';
import { CHALLENGE_PICKER_PATH, promptUrl } from './prompts.ts';
import { SCREEN_PATHS } from '../../contract/screens.ts';
import { factorLabel } from '../factors/index.ts';
import { promptRoute, type PromptFlow } from '../factors/kit/prompt-route.ts';

/**
 * The factor pickers: "Other Methods" for a challenge (`mfa-login-options`) and "Keep Your Account Safe" for
 * an enrollment. They list exactly the usable factors of the prompt, in the order the Action gave them,
 * one form per factor posting `action=<factor>::<n>` as real pages do.
 */
function renderPicker(flow: PromptFlow): MockResponse {
  const { state } = flow.tx;
  const enroll = flow.prompt.kind === 'enroll';
  const options = flow.prompt.offered
    .map(
      (
        factor,
        i,
      ) => `<li><form method="POST" data-form-secondary="true" class="ulp-action-form-${escapeHtml(factor.type)}">${hidden('state', state)}
<button type="submit" name="action" value="${escapeHtml(factor.type)}::${i}" data-factor="${escapeHtml(factor.type)}">${escapeHtml(factorLabel(factor.type))}</button></form></li>`,
    )
    .join('\n');
  const back = flow.prompt.command?.name.endsWith('With')
    ? actionForm(state, 'back-action', 'Go back', 'back')
    : '';
  const page = layout({
    screen: enroll ? 'mfa-begin-enroll-options' : 'mfa-login-options',
    title: enroll ? 'Keep Your Account Safe' : 'Other Methods',
    description: enroll ? 'Add another authentication method.' : undefined,
    body: `<ul class="authenticator-list" role="list">${options}</ul>${back}`,
  });
  return html(page);
}

function pick(flow: PromptFlow): MockResponse {
  if (flow.action === 'back-action') {
    flow.prompt.current = flow.prompt.offered[0];
    return redirect(promptUrl(flow));
  }
  const type = flow.action.split('::')[0];
  const factor = flow.prompt.offered.find((f) => f.type === type);
  if (!factor) return renderPicker(flow);
  flow.prompt.current = factor;
  return redirect(promptUrl(flow));
}

/** The "Try another method" link of a factor screen, shown when the prompt offers more than one factor (SEL-2, ENR-1). */
export function tryAnotherMethodLink(flow: PromptFlow): string {
  return flow.prompt.offered.length > 1
    ? actionForm(flow.tx.state, 'pick-authenticator', 'Try another method')
    : '';
}

/** Leaves a factor screen for the picker ("Try another method", SEL-2, ENR-1). */
export function tryAnotherMethod(flow: PromptFlow): MockResponse {
  flow.prompt.current = undefined;
  return redirect(promptUrl(flow));
}

export function pickerRoutes(services: MockServices): Route[] {
  return [CHALLENGE_PICKER_PATH, SCREEN_PATHS['mfa-enroll-options']].flatMap((path) => [
    { method: 'GET', path, handler: promptRoute(services, renderPicker) },
    { method: 'POST', path, handler: promptRoute(services, pick) },
  ]);
}
