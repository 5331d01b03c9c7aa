/**
 * The script a WebAuthn screen runs, as real Universal Login pages do: pressing the primary button calls
 * `navigator.credentials.create` (enrollment) or `.get` (challenge) with the options the server rendered,
 * then posts `response=<credential JSON>` with `action=default`; a browser error posts
 * `action=showError::<json>` from the hidden error form instead (contract §2). The options arrive as
 * base64url JSON (what @simplewebauthn/server generates) and the credential leaves in the same encoding, so
 * the server verifies it without knowing which browser made it.
 */
export type Ceremony = 'create' | 'get';

const SCRIPT = `<script>
(() => {
  const data = JSON.parse(document.getElementById('webauthn-options').textContent);
  const toBuffer = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
  const toText = (b) => b ? btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '') : undefined;
  const withIds = (list) => (list || []).map((c) => ({ ...c, id: toBuffer(c.id) }));
  const publicKey = data.ceremony === 'create'
    ? { ...data.publicKey, challenge: toBuffer(data.publicKey.challenge), user: { ...data.publicKey.user, id: toBuffer(data.publicKey.user.id) }, excludeCredentials: withIds(data.publicKey.excludeCredentials) }
    : { ...data.publicKey, challenge: toBuffer(data.publicKey.challenge), allowCredentials: withIds(data.publicKey.allowCredentials) };
  const encode = (credential) => {
    const r = credential.response;
    const response = data.ceremony === 'create'
      ? { clientDataJSON: toText(r.clientDataJSON), attestationObject: toText(r.attestationObject), transports: r.getTransports ? r.getTransports() : [] }
      : { clientDataJSON: toText(r.clientDataJSON), authenticatorData: toText(r.authenticatorData), signature: toText(r.signature), userHandle: toText(r.userHandle) };
    return { id: credential.id, rawId: toText(credential.rawId), type: credential.type, response, clientExtensionResults: credential.getClientExtensionResults(), authenticatorAttachment: credential.authenticatorAttachment || undefined };
  };
  const form = document.querySelector('form[data-form-primary="true"]');
  const errorForm = document.querySelector('form.ulp-action-form-showError');
  form.addEventListener('submit', async (event) => {
    if (form.dataset.answered === 'true') return;
    event.preventDefault();
    const submitter = event.submitter;
    try {
      const credential = await navigator.credentials[data.ceremony]({ publicKey });
      form.querySelector('input[name="response"]').value = JSON.stringify(encode(credential));
      form.dataset.answered = 'true';
      form.requestSubmit(submitter);
    } catch (error) {
      errorForm.querySelector('input[name="action"]').value = 'showError::' + JSON.stringify({ name: error.name, message: error.message });
      errorForm.submit();
    }
  });
})();
</script>`;

/** The options as a JSON data block, then the script that uses them. */
export function ceremonyScript(ceremony: Ceremony, publicKey: unknown): string {
  // Script text is raw (no entities): `<` as a JSON escape keeps a `</script>` in a user name from ending it.
  const data = JSON.stringify({ ceremony, publicKey }).replace(/</g, '\\u003c');
  return `<script type="application/json" id="webauthn-options">${data}</script>\n${SCRIPT}`;
}
