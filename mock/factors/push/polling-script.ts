/**
 * The real push pages' polling: `GET` the page's own URL with `Accept: application/json` until it answers
 * `{"completed":true}`, then submit the primary form with `action=continue` (contract §2). The interval
 * is the page's own, as in the browser of a person waiting for their phone. The contract gives none; a
 * quarter of a second keeps a push scenario from waiting most of a second for the page to notice (issue 13:
 * push enrollment was the catalogue's slowest scenario for its page loads), for requests the mock answers in
 * well under a millisecond.
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
  }, 250);
})();
</script>`;

/** A request for the poll's JSON rather than the page. */
export function wantsJson(accept: string | string[] | undefined): boolean {
  return String(accept ?? '').includes('application/json');
}
