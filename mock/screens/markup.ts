/**
 * The markup real Universal Login pages carry and page objects select on (contract §2): the primary form,
 * secondary action forms, inputs with ids, field errors with data-error-code. Every screen is built from
 * these, so the selectors live in one place.
 */
import { ERROR_TEXTS, type ErrorCode } from './error-texts.ts';

export function escapeHtml(value: string | number | boolean | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

export function fieldError(field: string, code: ErrorCode | undefined): string {
  if (!code) return '';
  return `<div id="error-element-${field}" class="ulp-input-error-message" data-error-code="${code}">${ERROR_TEXTS[code]}</div>`;
}

export function textInput(options: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  autocomplete?: string;
  readonly?: boolean;
  error?: ErrorCode;
  inputmode?: string;
}): string {
  const attrs = [
    `id="${options.name}"`,
    `name="${options.name}"`,
    `type="${options.type ?? 'text'}"`,
    options.value !== undefined ? `value="${escapeHtml(options.value)}"` : '',
    options.autocomplete ? `autocomplete="${options.autocomplete}"` : '',
    options.inputmode ? `inputmode="${options.inputmode}"` : '',
    options.readonly ? 'readonly' : '',
    options.error ? `aria-invalid="true" aria-describedby="error-element-${options.name}"` : '',
  ].filter(Boolean);
  return `<div class="input-wrapper"><label for="${options.name}">${escapeHtml(options.label)}</label>
<input ${attrs.join(' ')}>${fieldError(options.name, options.error)}</div>`;
}

export function codeInput(error?: ErrorCode, label = 'Enter your one-time code'): string {
  return textInput({ name: 'code', label, autocomplete: 'one-time-code', inputmode: 'numeric', error });
}

export function checkbox(name: string, label: string): string {
  return `<div class="ulp-checkbox"><input type="checkbox" id="${name}" name="${name}" value="true"><label for="${name}">${escapeHtml(label)}</label></div>`;
}

export function primaryButton(label = 'Continue'): string {
  return `<button type="submit" name="action" value="default" data-action-button-primary="true" class="_button-login-id">${escapeHtml(label)}</button>`;
}

/** The main form of a screen: posts to the URL it was served from, repeating the state. */
export function primaryForm(state: string, content: string): string {
  return `<form method="POST" data-form-primary="true" class="_form-primary">${hidden('state', state)}${content}</form>`;
}

/** A secondary action such as "Try another method" or "Resend": its own small form with one button. */
export function actionForm(state: string, action: string, label: string, formClass = action): string {
  return `<form method="POST" data-form-secondary="true" class="ulp-action-form-${formClass}">${hidden('state', state)}
<button type="submit" name="action" value="${escapeHtml(action)}">${escapeHtml(label)}</button></form>`;
}
