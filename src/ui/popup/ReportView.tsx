/**
 * The page report, as a pure view of a state. Everything that came from the page (quotes, URLs, IDs) is
 * rendered as text nodes through `text()`; links are built from constants in ../registries.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Risk, StoredFinding, TabReport } from '../../shared/report';
import { lookup, useI18n } from '../i18n';
import { frameOf, groupClaims, splitFindings, type ViewState } from '../model';
import {
  CHICTR_SEARCH,
  ICTRP_SEARCH,
  NHC_REGISTRY_URL,
  REPORT_LINKS,
  ctgovSearchUrl,
  safeRegistryHref,
} from '../registries';
import { familyLabel, ruleInfo } from '../rules';

/** Page-derived values are always shown as text, whatever their type. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

export interface ReportActions {
  showOnPage?: (finding: StoredFinding, frameId: number) => Promise<boolean>;
  copyText?: (value: string) => Promise<boolean>;
}

const ICON: Record<string, string> = {
  high: '⚠',
  moderate: '⚠',
  low: 'ℹ',
  none: 'ℹ',
  clean: '✓',
  'no-topic': '○',
  restricted: '⊘',
  paused: '⏸',
  scanning: '…',
  'not-running': '↻',
  error: '!',
};

function StatusHeader(props: { tone: string; title: string; testRisk?: string; children?: ComponentChildren }) {
  return (
    <header class={`status tone-${props.tone}`} data-testid="status" data-state={props.tone}>
      <h1 data-testid="risk-level" data-risk={props.testRisk ?? 'none'}>
        <span class="icon" aria-hidden="true">
          {ICON[props.tone] ?? ''}
        </span>{' '}
        {props.title}
      </h1>
      {props.children}
    </header>
  );
}

export function ExternalLink(props: { href: string; children: ComponentChildren; testId?: string }) {
  const { t } = useI18n();
  return (
    <a href={props.href} target="_blank" rel="noopener noreferrer" data-testid={props.testId}>
      {props.children}
      <span class="visually-hidden"> {t.opensInNewTab}</span>
    </a>
  );
}

export function RiskHeader(props: { report: TabReport; claims: number }) {
  const { t } = useI18n();
  const a = props.report.assessment;
  const risk: Risk = a.risk;
  return (
    <StatusHeader tone={risk} title={t.headline(risk, props.claims)} testRisk={risk}>
      <p class="meaning">{t.levelMeaning[risk]}</p>
      <p class="score" data-testid="score">
        {t.scoreText(a.score)}
      </p>
    </StatusHeader>
  );
}

const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

/**
 * One quote from the page and every reason it is flagged: a sentence can trip several rules of a family
 * ("100% safe with no side effects"), and the reader should see it once, with each reason.
 */
function Finding(props: { report: TabReport; findings: StoredFinding[]; index: string; actions: ReportActions }) {
  const { t, engineLang } = useI18n();
  const first = props.findings[0] as StoredFinding;
  const severity = props.findings.reduce(
    (best, f) => ((SEVERITY_RANK[f.severity] ?? 3) < (SEVERITY_RANK[best] ?? 3) ? f.severity : best),
    first.severity,
  );
  const frameId = frameOf(props.report, first);
  const [failed, setFailed] = useState(false);
  const quoteId = `quote-${props.index}`;
  const show = props.actions.showOnPage;
  // One entry per rule; the same verification step or source is said once.
  const rules = [...new Set(props.findings.map((f) => text(f.rule)))];
  const infos = rules.map((id) => ruleInfo(id, engineLang));
  const verifies = [...new Set(infos.map((i) => i?.verify).filter((v): v is string => !!v))];
  const sources = new Map<string, { name: string; url: string | null }>();
  for (const info of infos) {
    if (info && !sources.has(info.sourceId))
      sources.set(info.sourceId, { name: lookup(t.sourceName, info.sourceId) ?? info.sourceName, url: info.sourceUrl });
  }
  return (
    <li class={`finding severity-${text(severity)}`} data-testid="finding" data-rule={rules.join(' ')}>
      <p class="severity">
        <span class="tag">{lookup(t.severityWord, severity) ?? text(severity)}</span>{' '}
        <span class="note">{t.quoteLabel}:</span>
      </p>
      <blockquote id={quoteId} class="quote" lang={first.lang === 'zh' ? 'zh' : 'en'} data-testid="quote">
        {text(first.quote)}
      </blockquote>
      <dl class="facts">
        <dt>{t.whyLabel}</dt>
        {infos.map((info, i) => (
          <dd key={rules[i]} data-testid="why">
            {info?.explanation ?? t.unknownRule}
          </dd>
        ))}
        {verifies.length > 0 ? <dt>{t.checkLabel}</dt> : null}
        {verifies.map((v) => (
          <dd key={v}>{v}</dd>
        ))}
        {sources.size > 0 ? <dt>{t.sourceLabel}</dt> : null}
        {[...sources.entries()].map(([id, src]) => (
          <dd key={id} data-testid="source">
            {src.url ? <ExternalLink href={src.url}>{src.name}</ExternalLink> : src.name}
          </dd>
        ))}
      </dl>
      {show && frameId !== null ? (
        <p class="row no-print">
          <button
            type="button"
            data-testid="show-on-page"
            aria-describedby={quoteId}
            onClick={() => {
              setFailed(false);
              void show(first, frameId).then((ok) => setFailed(!ok));
            }}
          >
            {t.showOnPage}
          </button>
          {failed ? (
            <span role="status" class="note">
              {t.showOnPageFailed}
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

/** Findings of one family, merged by quote, in the family's order (severity, then position). */
function byQuote(findings: StoredFinding[]): StoredFinding[][] {
  const cards = new Map<string, StoredFinding[]>();
  for (const f of findings) {
    const key = text(f.quote);
    const card = cards.get(key);
    if (card) card.push(f);
    else cards.set(key, [f]);
  }
  return [...cards.values()];
}

export function Warnings(props: { report: TabReport; actions: ReportActions }) {
  const { t, engineLang } = useI18n();
  const { claims } = splitFindings(props.report.assessment.findings);
  const groups = groupClaims(claims);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="warnings-h" data-testid="warnings">
      <h2 id="warnings-h">{t.warningsHeading}</h2>
      <p class="intro">{t.warningsIntro}</p>
      {groups.map((g, gi) => (
        <section key={g.family} class="family" aria-labelledby={`family-${gi}`} data-testid="family" data-family={g.family}>
          <h3 id={`family-${gi}`}>
            {familyLabel(g.family, engineLang)} <span class="count">({t.familyCount(g.findings.length)})</span>
          </h3>
          <ul class="findings">
            {byQuote(g.findings).map((card, fi) => (
              <Finding
                key={`${text(card[0]?.rule)}:${card[0]?.start}:${fi}`}
                report={props.report}
                findings={card}
                index={`${gi}-${fi}`}
                actions={props.actions}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export function Signals(props: { report: TabReport }) {
  const { t } = useI18n();
  const items = props.report.assessment.signals.filter((s) => s.points > 0 && lookup(t.signalText, s.id) !== undefined);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="signals-h" data-testid="signals">
      <h2 id="signals-h">{t.signalsHeading}</h2>
      <ul>
        {items.map((s) => (
          <li key={s.id}>{lookup(t.signalText, s.id)}</li>
        ))}
      </ul>
    </section>
  );
}

export function Mentions(props: { report: TabReport }) {
  const { t } = useI18n();
  const { mentions } = splitFindings(props.report.assessment.findings);
  if (mentions.length === 0) return null;
  return (
    <details class="mentions" data-testid="mentions">
      <summary>{t.mentionsSummary(mentions.length)}</summary>
      <p>{t.mentionsBody}</p>
      <ul>
        {mentions.map((f, i) => (
          <li key={`${f.rule}:${f.start}:${i}`} lang={f.lang === 'zh' ? 'zh' : 'en'} data-testid="mention-quote">
            {text(f.quote)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function TrialIds(props: { report: TabReport }) {
  const { t } = useI18n();
  const ids = props.report.assessment.trialIds;
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="ids-h" data-testid="trial-ids">
      <h3 id="ids-h">{t.trialIdsHeading}</h3>
      <p>{t.trialIdsIntro}</p>
      <ul class="checks">
        {t.trialChecks.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <ul class="ids">
        {ids.map((id, i) => {
          const href = safeRegistryHref(id.url);
          const nhc = href === NHC_REGISTRY_URL;
          return (
            <li key={`${text(id.id)}:${i}`} data-testid="trial-id" data-id={text(id.id)}>
              <strong class="id">{text(id.id)}</strong> <span class="registry">({text(id.registry)})</span>{' '}
              {href ? (
                <ExternalLink href={href} testId="trial-link">
                  {t.openRecord(text(id.registry))}
                </ExternalLink>
              ) : (
                <span class="note">{t.noLinkForId}</span>
              )}
              {nhc ? <p class="note">{t.nhcHint}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function SearchLinks(props: { report: TabReport }) {
  const { t } = useI18n();
  if (props.report.assessment.trialIds.length > 0) return null;
  // Serious conditions first, then the others, at most six.
  const seen = new Set<string>();
  const conditions = [...props.report.assessment.conditions]
    .sort((a, b) => Number(b.serious) - Number(a.serious))
    .filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)))
    .slice(0, 6);
  return (
    <section aria-labelledby="noids-h" data-testid="search-links">
      <h3 id="noids-h">{t.noIdsHeading}</h3>
      <p>{t.noIdsBody}</p>
      <ul>
        {conditions.length === 0 ? (
          <li>
            <ExternalLink href={ctgovSearchUrl()} testId="search-ctgov">
              {t.searchCtGovAny}
            </ExternalLink>
          </li>
        ) : (
          conditions.map((c) => (
            <li key={c.id}>
              <ExternalLink href={ctgovSearchUrl(c.id)} testId="search-ctgov">
                {t.searchCtGovFor(lookup(t.conditionName, c.id) ?? text(c.id).replace(/-/g, ' '))}
              </ExternalLink>
            </li>
          ))
        )}
        <li>
          <ExternalLink href={CHICTR_SEARCH} testId="search-chictr">
            {t.searchChictr}
          </ExternalLink>
        </li>
        <li>
          <ExternalLink href={ICTRP_SEARCH} testId="search-ictrp">
            {t.searchIctrp}
          </ExternalLink>
        </li>
      </ul>
      <p class="note">{t.searchHint}</p>
    </section>
  );
}

export function Questions(props: { actions: ReportActions }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>('');
  const copy = props.actions.copyText;
  return (
    <section aria-labelledby="questions-h" data-testid="questions">
      <h3 id="questions-h">{t.questionsHeading}</h3>
      <ol>
        {t.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      {copy ? (
        <p class="row no-print">
          <button
            type="button"
            data-testid="copy-questions"
            onClick={() => {
              const body = t.questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
              void copy(body).then((ok) => setStatus(ok ? t.copied : t.copyFailed));
            }}
          >
            {t.copyQuestions}
          </button>
          <span role="status" class="note">
            {status}
          </span>
        </p>
      ) : null}
    </section>
  );
}

export function Specialist() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="specialist-h">
      <h3 id="specialist-h">{t.specialistHeading}</h3>
      <p>{t.specialistBody}</p>
    </section>
  );
}

export function WhereToReport() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="report-h" data-testid="where-to-report">
      <h3 id="report-h">{t.reportHeading}</h3>
      <ul>
        <li>
          <ExternalLink href={REPORT_LINKS.fda}>{t.reportFda}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={REPORT_LINKS.ftc}>{t.reportFtc}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={REPORT_LINKS.tga}>{t.reportTga}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={REPORT_LINKS.china12315}>{t.report12315}</ExternalLink>
        </li>
      </ul>
      <p>{t.reportBoard}</p>
    </section>
  );
}

export function Verification(props: { report: TabReport; actions: ReportActions }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="verify-h" data-testid="verification">
      <h2 id="verify-h">{t.verifyHeading}</h2>
      <TrialIds report={props.report} />
      <SearchLinks report={props.report} />
      <Questions actions={props.actions} />
      <Specialist />
      <WhereToReport />
    </section>
  );
}

/** The header and body for one state; actions are rendered by the caller. */
export function ReportView(props: { state: ViewState; actions: ReportActions; children?: ComponentChildren }) {
  const { t } = useI18n();
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return <StatusHeader tone="scanning" title={t.loading} />;
    case 'error':
      return (
        <StatusHeader tone="error" title={t.errorTitle}>
          <p role="alert">{t.errorBody}</p>
        </StatusHeader>
      );
    case 'no-tab':
      return (
        <StatusHeader tone="error" title={t.errorTitle}>
          <p>{t.noTab}</p>
        </StatusHeader>
      );
    case 'restricted':
      return (
        <StatusHeader tone="restricted" title={t.restrictedTitle}>
          <p>{t.restrictedBody}</p>
        </StatusHeader>
      );
    case 'paused':
      return (
        <StatusHeader tone="paused" title={t.pausedTitle}>
          <p>{t.pausedBody(state.site)}</p>
          {props.children}
        </StatusHeader>
      );
    case 'scanning':
      return (
        <StatusHeader tone="scanning" title={t.scanningTitle}>
          <p role="status">{t.scanningBody}</p>
        </StatusHeader>
      );
    case 'not-running':
      return (
        <StatusHeader tone="not-running" title={t.notRunningTitle}>
          <p>{t.notRunningBody}</p>
          {props.children}
        </StatusHeader>
      );
    case 'no-topic':
      return (
        <>
          <StatusHeader tone="no-topic" title={t.noTopicTitle}>
            <p>{t.noTopicBody}</p>
          </StatusHeader>
          <Partial report={state.report} />
          <Mentions report={state.report} />
        </>
      );
    case 'clean':
      return (
        <>
          <StatusHeader tone="clean" title={t.cleanTitle}>
            <p>{t.cleanBody}</p>
          </StatusHeader>
          <Partial report={state.report} />
          <Mentions report={state.report} />
          <Verification report={state.report} actions={props.actions} />
        </>
      );
    case 'flagged': {
      const { claims } = splitFindings(state.report.assessment.findings);
      return (
        <>
          <RiskHeader report={state.report} claims={claims.length} />
          <Partial report={state.report} />
          <Warnings report={state.report} actions={props.actions} />
          <Signals report={state.report} />
          <Mentions report={state.report} />
          <Verification report={state.report} actions={props.actions} />
        </>
      );
    }
  }
}

function Partial(props: { report: TabReport }) {
  const { t } = useI18n();
  const dropped = (props.report as { droppedFrames?: unknown }).droppedFrames;
  if (!props.report.partial && !(typeof dropped === 'number' && dropped > 0)) return null;
  return (
    <p class="partial" data-testid="partial">
      <span aria-hidden="true">◐ </span>
      {t.partialNote}
    </p>
  );
}
