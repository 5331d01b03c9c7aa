/** The conformance summary as Markdown: one table by rule, then one by scenario, failures first in each. */
import type { ConformanceSummary } from './conformance-summary.ts';
import { failuresFirst, ruleCounts, scenarioCounts, summaryErrors } from './conformance-summary.ts';

export function renderSummaryMarkdown(summary: ConformanceSummary): string {
  const lines = [
    `# Conformance summary: ${summary.target}`,
    '',
    `Run started ${summary.startedAt.toISOString()}. ${ruleCounts(summary)}. ${scenarioCounts(summary)}.`,
    '',
  ];
  const errors = summaryErrors(summary);
  if (errors.length > 0) lines.push('## Errors', '', ...errors.map((e) => `- ${e}`), '');
  lines.push(
    '## Rules',
    '',
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
