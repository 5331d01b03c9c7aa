/** The conformance summary as Markdown: one table by rule, one by scenario folder, then one by scenario, failures first. */
import type { ConformanceSummary } from './conformance-summary.ts';
import { folderRows } from './conformance-results.ts';
import {
  failuresFirst,
  ruleCounts,
  rulesHeading,
  scenarioCounts,
  summaryErrors,
} from './conformance-summary.ts';

export function renderSummaryMarkdown(summary: ConformanceSummary): string {
  const lines = [
    `# Conformance summary: ${summary.target}`,
    '',
    `Run started ${summary.startedAt.toISOString()}. ${ruleCounts(summary)}. ${scenarioCounts(summary)}.`,
    '',
  ];
  const errors = summaryErrors(summary);
  if (errors.length > 0) lines.push('## Errors', '', ...errors.map((e) => `- ${e}`), '');
  const heading = rulesHeading(summary);
  lines.push(
    `## ${heading.title}`,
    '',
    ...(heading.note ? [heading.note, ''] : []),
    '| Rule | Status | Statement | Source | Scenarios |',
    '| --- | --- | --- | --- | --- |',
    ...failuresFirst(summary.rules).map((r) =>
      row([
        r.interpretation ? `${r.id} (interpretation)` : r.id,
        r.status,
        r.statement,
        r.source,
        r.scenarios.map((s) => `${s.id} (${s.status})`).join(', ') || '—',
      ]),
    ),
    '',
    '## Folders',
    '',
    '| Folder | Status | Scenarios |',
    '| --- | --- | --- |',
    ...folderRows(summary.scenarios).map((f) =>
      row([f.folder, f.status, f.scenarios.map((s) => `${s.id} (${s.status})`).join(', ')]),
    ),
    '',
    '## Scenarios',
    '',
    '| Scenario | Status | Summary | Rules | Tags | Targets |',
    '| --- | --- | --- | --- | --- | --- |',
    ...failuresFirst(summary.scenarios).map((s) =>
      row([
        s.id,
        s.detail ? `${s.status}: ${s.detail}` : s.status,
        s.summary,
        s.rules.join(', '),
        s.tags.join(', '),
        s.targets.join(', '),
      ]),
    ),
    '',
  );
  return lines.join('\n');
}

/** A table row; a `|` or a line break inside a cell would end the cell or the table early. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
}
