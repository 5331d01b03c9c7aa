import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const MARK = 'conformance-summary-link';

/**
 * Puts a link to the conformance summary at the top of the Playwright HTML report's page, above the
 * report's own header. The report has no place of its own for one: its metadata panel starts folded and
 * shows only git and CI fields, and a global annotation is not rendered. The link is plain HTML outside the
 * report's application root, so the report's scripts leave it alone; written again (not twice) on a rerun.
 */
export function linkSummaryFromHtmlReport(htmlFolder: string, summaryFile: string, counts: string): boolean {
  const index = join(htmlFolder, 'index.html');
  if (!existsSync(index)) return false;
  const href = relative(htmlFolder, summaryFile).split('\\').join('/');
  const link =
    `<div id="${MARK}" style="font: 14px system-ui, sans-serif; padding: 8px 16px; background: #ddf4ff; border-bottom: 1px solid #54aeff">` +
    `<a href="${href}" style="font-weight: 600">Conformance summary</a> (failures first): ${escape(counts)}</div>`;
  const page = readFileSync(index, 'utf8').replace(new RegExp(`<div id="${MARK}"[^\\n]*?</div>`), '');
  writeFileSync(
    index,
    page.replace(/<body([^>]*)>/, (body) => `${body}${link}`),
  );
  return true;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
