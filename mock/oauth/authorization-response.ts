/**
 * The authorization response (a code, or an error, then the application's state) delivered to the
 * redirect_uri the way the request's response_mode asks (docs/decisions/0033):
 * - `query` (the code flow's default) and `fragment` redirect with the parameters in the URL
 * - `form_post` answers a page whose form posts them there as soon as it loads, in Auth0's markup, so the
 *   code never appears in a URL; successes and errors alike
 */
import { html, redirect, type MockResponse } from '../http/response.ts';
import { escapeHtml } from '../screens/markup.ts';
import type { AuthorizeRequest } from '../tenants/transaction.ts';

export const RESPONSE_MODES = ['query', 'fragment', 'form_post'] as const;

export function isResponseMode(value: string): boolean {
  return (RESPONSE_MODES as readonly string[]).includes(value);
}

function formPost(action: string, params: Record<string, string>): MockResponse {
  const inputs = Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}"/>`)
    .join('');
  return html(
    '<html><head><title>Submit This Form</title></head>' +
      '<body onload="javascript:document.forms[0].submit()">' +
      `<form method="post" action="${escapeHtml(action)}">${inputs}</form></body></html>`,
    200,
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}

export function authorizationResponse(
  request: AuthorizeRequest,
  params: Record<string, string>,
): MockResponse {
  const all = { ...params, ...(request.state !== undefined ? { state: request.state } : {}) };
  if (request.responseMode === 'form_post') return formPost(request.redirectUri, all);
  const url = new URL(request.redirectUri);
  if (request.responseMode === 'fragment') url.hash = new URLSearchParams(all).toString();
  else for (const [key, value] of Object.entries(all)) url.searchParams.set(key, value);
  return redirect(url.toString());
}
