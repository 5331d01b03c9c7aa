import { html, type MockResponse } from '../../http/response.ts';
import { layout } from '../../screens/layout.ts';
import { actionForm, checkbox, codeInput, primaryButton, primaryForm } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import type { PromptFlow } from './prompt-route.ts';
import { tryAnotherMethodLink } from './try-another-method.ts';

export interface CodeScreen {
  /** The screen's name, the outer container's class (contract §2). */
  screen: string;
  title: string;
  description: string;
  error?: ErrorCode;
  /** Markup shown in the primary form above the code input (the OTP secret, the phone number…). */
  intro?: string;
  codeLabel?: string;
  /** "Remember this device for 30 days" (contract §2), where the prompt allows it. */
  rememberBrowser?: boolean;
  /** Secondary actions such as `resend-code` or `switch-to-voice`, as [action, label]. */
  actions?: ReadonlyArray<readonly [string, string]>;
}

/**
 * A screen that asks for a code: OTP enrollment and challenge, email, SMS, voice and recovery code share
 * this markup, so a page object written for one of them reads them all. "Try another method" appears when
 * the prompt offers more than one factor (SEL-2, ENR-1). A wrong answer answers 400, as real pages do.
 */
export function renderCodeScreen(flow: PromptFlow, options: CodeScreen): MockResponse {
  const { state } = flow.tx;
  const remember = options.rememberBrowser
    ? checkbox('rememberBrowser', 'Remember this device for 30 days')
    : '';
  const secondary = (options.actions ?? []).map(([action, label]) => actionForm(state, action, label));
  secondary.push(tryAnotherMethodLink(flow));
  const body =
    primaryForm(
      state,
      (options.intro ?? '') +
        codeInput(options.error, options.codeLabel) +
        remember +
        primaryButton('Continue'),
    ) + secondary.join('\n');
  const page = layout({
    screen: options.screen,
    title: options.title,
    description: options.description,
    body,
  });
  return html(page, options.error ? 400 : 200);
}
