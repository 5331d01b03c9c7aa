import { html, type MockResponse } from '../http/response.ts';
import { layout } from './layout.ts';
import { escapeHtml } from './markup.ts';

/**
 * Auth0's generic error page ("Oops!, something went wrong"), with the error's code when it has one
 * (`invalid_request`) and its description, answered with 400.
 */
export function errorPage(description: string, error?: string): MockResponse {
  const code = error
    ? `<p id="error-code" data-error-code="${escapeHtml(error)}">${escapeHtml(error)}</p>`
    : '';
  const body = `${code}<p id="error-description">${escapeHtml(description)}</p>`;
  return html(layout({ screen: 'error-page', title: 'Oops!, something went wrong', body }), 400);
}
