/**
 * The real push pages' polling: `GET` the page's own URL with `Accept: application/json` until it answers
 * `{"completed":true}`, then submit the primary form with `action=continue` (contract §2). The interval
 * is the page's own, as in the browser of a person waiting for their phone.
 */
export const POLLING_SCRIPT = `<script>
(() => {
  const form = document.querySelector('form[data-form-primary="true"]');
  const button = form.querySelector('button[name="action"][value="continue"]');
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch(location.href, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      const { completed } = await response.json();
      if (completed) { clearInterval(timer); form.requestSubmit(button); }
    } catch {}
    busy = false;
  }, 1000);
})();
</script>`;

/** A request for the poll's JSON rather than the page. */
export function wantsJson(accept: string | string[] | undefined): boolean {
  return String(accept ?? '').includes('application/json');
}
