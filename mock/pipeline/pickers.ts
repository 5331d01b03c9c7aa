// SEL-2, SEL-3, ENR-1, ENR-2
import { html, redirect, type MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { layout } from '../screens/layout.ts';
import { actionForm, escapeHtml, hidden } from '../screens/markup.ts';
import { FACTORS } from '../../contract/factors.ts';
import { promptHandler, type PromptFlow } from './prompt-flow.ts';
import { PICKER_PATHS } from './prompt-paths.ts';
import { offStep, type PromptKind } from './current-step.ts';
import { promptUrl } from './prompts.ts';

/**
 * The factor pickers: "Other Methods" for a challenge (`mfa-login-options`) and "Keep Your Account Safe" for
 * an enrollment. They list exactly the usable factors of the prompt, in the order the Action gave them,
 * one form per factor posting `action=<factor>::<n>` as real pages do, labelled as the contract's table says.
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
<button type="submit" name="action" value="${escapeHtml(factor.type)}::${i}" data-factor="${escapeHtml(factor.type)}">${escapeHtml(FACTORS[factor.type].label)}</button></form></li>`,
    )
    .join('\n');
  const back = offersGoBack(flow) ? actionForm(state, 'back-action', 'Go back', 'back') : '';
  const page = layout({
    screen: enroll ? 'mfa-begin-enroll-options' : 'mfa-login-options',
    title: enroll ? 'Keep Your Account Safe' : 'Other Methods',
    description: enroll ? 'Add another authentication method.' : undefined,
    body: `<ul class="authenticator-list" role="list">${options}</ul>${back}`,
  });
  return html(page);
}

/** "Go back" leads to the command's own factor: only a `…With` command has one. */
function offersGoBack(flow: PromptFlow): boolean {
  return flow.prompt.command?.name.endsWith('With') ?? false;
}

/** The chosen factor's screen; a factor the picker does not offer, or a hidden "Go back", is refused. */
function pick(flow: PromptFlow): MockResponse {
  const type = flow.action.split('::')[0];
  const factor =
    flow.action === 'back-action'
      ? offersGoBack(flow) && flow.prompt.offered[0]
      : flow.prompt.offered.find((f) => f.type === type);
  if (!factor) return offStep();
  flow.prompt.current = factor;
  return redirect(promptUrl(flow));
}

export function pickerRoutes(services: MockServices): Route[] {
  return (Object.entries(PICKER_PATHS) as Array<[PromptKind, string]>).flatMap(([kind, path]) => {
    const claim = { step: 'picker', kind } as const;
    return [
      { method: 'GET', path, handler: promptHandler(services, claim, renderPicker) },
      { method: 'POST', path, handler: promptHandler(services, claim, pick) },
    ];
  });
}
