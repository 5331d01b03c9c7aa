// Writes the conformance summary, results by rule, by folder, then by scenario, as summary.md and summary.html
// beside the HTML report (playwright-report/conformance/ unless `outputFolder` says otherwise), and prints its
// path.
// - Listed after the html reporter in playwright.config.ts: that one empties its folder in its own onEnd.
// - Every rule and every scenario of the catalogue (in a team's run, of its folder and its own rule table:
//   team-settings.ts) gets a row, run or not, so a --grep run still shows what it left out ("not run").
// - Stale expected failures fail the run through test.fail() in the spec; here they are named as errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase } from '@playwright/test/reporter';
import { actionsDir, scenariosDir, TARGET } from '../config.ts';
import { readCatalogue } from '../format/load.ts';
import { activeRuleTable } from '../catalogue/rules.ts';
import { readTeamSettings, type TeamSettings } from '../team-settings.ts';
import { RULE_STATUSES, countBy, ruleRows, scenarioStatus } from './conformance-results.ts';
import type { ScenarioRow } from './conformance-results.ts';
import type { ConformanceSummary } from './conformance-summary.ts';
import { renderSummaryHtml } from './render-summary-html.ts';
import { renderSummaryMarkdown } from './render-summary-markdown.ts';
import { scenarioCounts } from './conformance-summary.ts';
import { linkSummaryFromHtmlReport } from './link-from-html-report.ts';

interface Options {
  /** Where summary.md and summary.html go, relative to the config file. */
  outputFolder?: string;
  /** A team's folders (team-settings.ts); read from the environment when left out. */
  team?: TeamSettings;
}

export default class ConformanceReporter implements Reporter {
  private readonly options: Options;
  private config: FullConfig | undefined;
  private suite: Suite | undefined;
  private startedAt = new Date();

  constructor(options: Options = {}) {
    this.options = options;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    [this.config, this.suite] = [config, suite];
  }

  onEnd(result: FullResult): void {
    this.startedAt = result.startTime;
    const configDir = this.config?.configFile ? dirname(this.config.configFile) : process.cwd();
    const outputFolder = resolve(configDir, this.options.outputFolder ?? 'playwright-report/conformance');
    // `--list`, or a --grep that matches nothing: a summary of nothing would overwrite the last real one.
    if (!this.suite?.allTests().some((test) => test.results.length > 0)) {
      console.log('conformance summary not written: no scenario ran');
      return;
    }
    let summary: ConformanceSummary;
    try {
      summary = this.summarize(outputFolder, configDir);
    } catch (error) {
      // A scenario that does not load has already failed the run with its file:line:col; one line is enough.
      console.log(`conformance summary not written: ${String(error).split('\n')[0]}`);
      return;
    }
    mkdirSync(outputFolder, { recursive: true });
    writeFileSync(join(outputFolder, 'summary.md'), renderSummaryMarkdown(summary));
    writeFileSync(join(outputFolder, 'summary.html'), renderSummaryHtml(summary));
    const counts = countBy(RULE_STATUSES, summary.rules);
    const shown = RULE_STATUSES.map((s) => `${counts[s]} ${s}`).join(', ');
    const htmlFolder = this.htmlReportFolder(configDir);
    if (htmlFolder)
      linkSummaryFromHtmlReport(htmlFolder, join(outputFolder, 'summary.html'), scenarioCounts(summary));
    console.log(`conformance summary: ${join(outputFolder, 'summary.html')} (rules: ${shown})`);
  }

  printsToStdio(): boolean {
    return true;
  }

  private summarize(outputFolder: string, configDir: string): ConformanceSummary {
    const tests = new Map<string, TestCase>();
    for (const test of this.suite?.allTests() ?? []) tests.set(test.title, test);
    const htmlFolder = this.htmlReportFolder(configDir);
    const reportLinks = new Map<string, string>();
    // A file that does not load is its own failing test; the summary lists the scenarios that do.
    // A team's run lists the team's scenarios and rules only: no catalogue rule is "not run" in it.
    const team = this.options.team ?? readTeamSettings();
    const table = activeRuleTable(team);
    const scenarios = readCatalogue(team.scenariosDir ?? scenariosDir(), actionsDir(), table).loaded.map(
      ({ id, scenario }): ScenarioRow => {
        const test = tests.get(id);
        if (test && htmlFolder)
          reportLinks.set(id, `${relative(outputFolder, htmlFolder) || '.'}/index.html#?testId=${test.id}`);
        const status = scenarioStatus(
          test && { expectedStatus: test.expectedStatus, attempts: test.results.map((r) => r.status) },
        );
        return {
          id,
          summary: scenario.summary,
          status,
          detail: test && detailOf(test, status),
          rules: scenario.covers,
          tags: scenario.tags,
          targets: scenario.targets,
        };
      },
    );
    return {
      target: TARGET,
      startedAt: this.startedAt,
      rules: ruleRows(table.rules, scenarios),
      ruleTable: { owner: table.owner, file: table.file },
      scenarios,
      reportLinks,
    };
  }

  /** The html reporter's folder, so that scenario ids can link to their test pages. */
  private htmlReportFolder(configDir: string): string | undefined {
    const html = this.config?.reporter.find(([name]) => name === 'html');
    if (!html) return undefined;
    const options = html[1] as { outputFolder?: unknown } | undefined;
    return resolve(
      configDir,
      typeof options?.outputFolder === 'string' ? options.outputFolder : 'playwright-report',
    );
  }
}

function detailOf(test: TestCase, status: ScenarioRow['status']): string | undefined {
  // test.skip() and test.fail() called in the body annotate the attempt; older reports had them on the test.
  const annotations = [...(test.results.at(-1)?.annotations ?? []), ...test.annotations];
  const note = (type: string) => annotations.find((a) => a.type === type)?.description;
  if (status === 'skipped') return note('skip');
  // The spec's description starts with `expected failure on <target>:`, which the status already says.
  if (status === 'expected failure' || status === 'stale expected failure')
    return note('fail')?.replace(/^expected failure on \w+: /, '');
  if (status === 'failed') return withoutColors(test.results.at(-1)?.error?.message ?? '').split('\n')[0];
  return undefined;
}

function withoutColors(message: string): string {
  // expect() messages carry ANSI colour codes, meant for terminals.
  return message.replace(/\x1b\[[0-9;]*m/g, '');
}
