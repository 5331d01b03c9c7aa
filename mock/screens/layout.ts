import { escapeHtml } from './markup.ts';

/**
 * One Universal Login page. The outer container carries the screen's name as a class (`.mfa-otp-challenge`)
 * so that the mock's screens are recognisable; page objects still identify screens by URL path first.
 */
export function layout(options: {
  screen: string;
  title: string;
  description?: string;
  body: string;
  scripts?: string;
}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} | mfa-conformance mock</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f3f5;margin:0}
main{max-width:400px;margin:48px auto;background:#fff;border-radius:5px;padding:40px;box-shadow:0 12px 40px rgba(0,0,0,.12)}
h1{font-size:24px;margin:0 0 8px}p{color:#555}label{display:block;font-size:14px;margin:12px 0 4px}
input[type=text],input[type=password],input[type=email],input[type=tel]{width:100%;padding:10px;box-sizing:border-box}
button{margin-top:12px;padding:10px 16px;width:100%;cursor:pointer}form[data-form-secondary] button{background:none;border:none;color:#635dff}
.ulp-input-error-message{color:#d03c38;font-size:13px;margin-top:4px}.mock-note{font-size:12px;color:#999;margin-top:24px}
</style>
</head>
<body>
<main class="_widget ${escapeHtml(options.screen)}" data-screen="${escapeHtml(options.screen)}">
<section>
<header><h1>${escapeHtml(options.title)}</h1>${options.description ? `<p>${escapeHtml(options.description)}</p>` : ''}</header>
${options.body}
</section>
<p class="mock-note">mfa-conformance mock tenant</p>
</main>
${options.scripts ?? ''}
</body>
</html>`;
}
