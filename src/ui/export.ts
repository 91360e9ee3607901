/**
 * Exports of a page report. The JSON is the CLI's `npm run scan -- --json` line for the same page
 * (src/shared/scan-json.ts `toJsonLine`, which the CLI prints too): exactly these keys, in this order, with `file` = the page URL.
 */
import type { TabReport } from '../shared/report';
import { toJsonLine, type ScanJsonLine } from '../shared/scan-json';
import { groupClaims, splitFindings } from './model';
import { lookup, type I18n } from './i18n';
import { familyLabel, ruleInfo } from './rules';
import { safeRegistryHref } from './registries';

export type ExportJson = ScanJsonLine;

/**
 * Which assessment the export serialises. The CLI reads one document; for a page with one frame that is
 * the frame's own assessment (the engine's combine step folds repeated quotes of a rule into one, the CLI
 * does not). With several frames (ads in iframes) the export is the tab's combined verdict, as shown.
 */
function exportedAssessment(report: Pick<TabReport, 'assessment'> & { frames?: TabReport['frames'] }): TabReport['assessment'] {
  const frames = Array.isArray(report.frames) ? report.frames : [];
  if (frames.length === 1 && frames[0]) return frames[0].assessment;
  return report.assessment;
}

export function toExportJson(report: Pick<TabReport, 'url' | 'assessment'> & { frames?: TabReport['frames'] }): ExportJson {
  return toJsonLine(String(report.url), exportedAssessment(report));
}

/** One line, like the CLI prints it. */
export function exportJsonText(report: Pick<TabReport, 'url' | 'assessment'> & { frames?: TabReport['frames'] }): string {
  return `${JSON.stringify(toExportJson(report))}\n`;
}

export function exportFileName(url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  } catch {
    // keep 'page'
  }
  return `stemcheck-report-${host}.json`;
}

/** The report as plain text, in the UI language, for pasting into a message to one's doctor. */
export function reportAsText(report: TabReport, ui: I18n, now = new Date(report.updatedAt)): string {
  const { t, engineLang } = ui;
  const a = report.assessment;
  const { claims, mentions } = splitFindings(a.findings);
  const lines: string[] = [t.textReportTitle, `${t.textPage}: ${report.url}`, `${t.textChecked}: ${now.toISOString()}`, ''];
  if (!a.topic) lines.push(t.noTopicTitle);
  else if (claims.length === 0) lines.push(t.cleanTitle, t.cleanBody);
  else lines.push(t.headline(a.risk, claims.length), t.levelMeaning[a.risk]);
  lines.push(t.scoreText(a.score));
  if (report.partial) lines.push(t.partialNote);
  for (const group of groupClaims(claims)) {
    lines.push('', `## ${familyLabel(group.family, engineLang)}`);
    for (const f of group.findings) {
      const info = ruleInfo(f.rule, engineLang);
      lines.push(`- “${f.quote}”`);
      lines.push(`  ${t.whyLabel}: ${info?.explanation ?? t.unknownRule}`);
      if (info) lines.push(`  ${t.sourceLabel}: ${lookup(t.sourceName, info.sourceId) ?? info.sourceName}`);
    }
  }
  if (mentions.length > 0) {
    lines.push('', `## ${t.textMentions}`);
    for (const f of mentions) lines.push(`- “${f.quote}”`);
  }
  lines.push('', `## ${t.verifyHeading}`);
  if (a.trialIds.length > 0) {
    lines.push(t.trialIdsIntro);
    for (const c of t.trialChecks) lines.push(`  - ${c}`);
    for (const id of a.trialIds) lines.push(`- ${id.id} (${id.registry}) ${safeRegistryHref(id.url) ?? ''}`.trimEnd());
  } else {
    lines.push(t.noIdsHeading);
  }
  lines.push('', `## ${t.questionsHeading}`);
  t.questions.forEach((q, i) => lines.push(`${i + 1}. ${q}`));
  lines.push('', `## ${t.specialistHeading}`, t.specialistBody, '', t.textGenerated);
  return `${lines.join('\n')}\n`;
}
