/**
 * The conformance summary as one self-contained HTML page (styles inline, no scripts): opened from disk or
 * served beside the Playwright HTML report, whose test pages the scenario ids link to.
 */
import type { ConformanceSummary } from './conformance-summary.ts';
import { folderRows } from './conformance-results.ts';
import {
  failuresFirst,
  ruleCounts,
  rulesHeading,
  scenarioCounts,
  summaryErrors,
} from './conformance-summary.ts';

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border: 1px solid #d0d7de; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
code { background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
.status { white-space: nowrap; font-weight: 600; padding: 1px 6px; border-radius: 10px; }
.passed { background: #dafbe1; color: #116329; }
.failed, .stale-expected-failure { background: #ffebe9; color: #a40e26; }
.expected-failure { background: #fff8c5; color: #7d4e00; }
.skipped, .not-run { background: #eaeef2; color: #57606a; }
.errors { border-left: 4px solid #cf222e; padding-left: 1rem; }
.detail { color: #57606a; font-size: 12px; }
.id { white-space: nowrap; }
td a { white-space: nowrap; }
`;

export function renderSummaryHtml(summary: ConformanceSummary): string {
  const errors = summaryErrors(summary);
  const ruleRows = failuresFirst(summary.rules).map(
    (r) =>
      `<tr id="rule-${attr(r.id)}"><td class="id">${text(r.id)}${r.interpretation ? '<br><small>interpretation</small>' : ''}</td>` +
      `<td>${badge(r.status)}</td><td>${prose(r.statement)}</td><td>${text(r.source)}</td>` +
      `<td>${r.scenarios.map((s) => `<a href="#scenario-${attr(s.id)}">${text(s.id)}</a> ${badge(s.status)}`).join('<br>') || '—'}</td></tr>`,
  );
  const heading = rulesHeading(summary);
  const folders = folderRows(summary.scenarios).map(
    (f) =>
      `<tr><td class="id">${text(f.folder)}</td><td>${badge(f.status)}</td>` +
      `<td>${f.scenarios.map((s) => `<a href="#scenario-${attr(s.id)}">${text(s.id)}</a> ${badge(s.status)}`).join('<br>')}</td></tr>`,
  );
  const scenarioRows = failuresFirst(summary.scenarios).map((s) => {
    const link = summary.reportLinks.get(s.id);
    const name = link ? `<a href="${attr(link)}">${text(s.id)}</a>` : text(s.id);
    const detail = s.detail ? `<div class="detail">${text(s.detail)}</div>` : '';
    const rules = s.rules.map((id) => `<a href="#rule-${attr(id)}">${text(id)}</a>`).join(', ');
    return (
      `<tr id="scenario-${attr(s.id)}"><td class="id">${name}</td><td>${badge(s.status)}${detail}</td>` +
      `<td>${text(s.summary)}</td><td>${rules}</td><td>${text(s.tags.join(', '))}</td><td>${text(s.targets.join(', '))}</td></tr>`
    );
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Conformance summary: ${text(summary.target)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Conformance summary: ${text(summary.target)}</h1>
<p>Run started ${text(summary.startedAt.toISOString())}. ${text(ruleCounts(summary))}. ${text(scenarioCounts(summary))}.
<a href="../index.html">Playwright HTML report</a></p>
${errors.length > 0 ? `<div class="errors"><h2>Errors</h2><ul>${errors.map((e) => `<li>${text(e)}</li>`).join('')}</ul></div>` : ''}
<h2>${text(heading.title)}</h2>
${heading.note ? `<p>${text(heading.note)}</p>\n` : ''}<table>
<thead><tr><th>Rule</th><th>Status</th><th>Statement</th><th>Source</th><th>Scenarios</th></tr></thead>
<tbody>
${ruleRows.join('\n')}
</tbody>
</table>
<h2>Folders</h2>
<table>
<thead><tr><th>Folder</th><th>Status</th><th>Scenarios</th></tr></thead>
<tbody>
${folders.join('\n')}
</tbody>
</table>
<h2>Scenarios</h2>
<table>
<thead><tr><th>Scenario</th><th>Status</th><th>Summary</th><th>Rules</th><th>Tags</th><th>Targets</th></tr></thead>
<tbody>
${scenarioRows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

function badge(status: string): string {
  return `<span class="status ${status.replaceAll(' ', '-')}">${text(status)}</span>`;
}

/** Escaped text, with the rule table's `code` spans shown as code. */
function prose(value: string): string {
  return text(value).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function text(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function attr(value: string): string {
  return text(value).replaceAll('"', '&quot;');
}
