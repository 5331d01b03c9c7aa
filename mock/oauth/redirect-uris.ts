/**
 * The built-in login application allows any callback on localhost or on a `*.localhost` host, any port:
 * the harness picks its own callback URL and never serves it (it intercepts it in the browser).
 */
export function isAllowedRedirectUri(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname === 'localhost' || url.hostname.endsWith('.localhost') || url.hostname === '127.0.0.1')
    );
  } catch {
    return false;
  }
}
