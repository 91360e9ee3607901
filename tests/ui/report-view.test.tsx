/** The report component rendered into happy-dom with crafted reports: text only, safe links, every section. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRule } from '../../src/engine';
import { I18nContext, i18nFor, type UiLanguage } from '../../src/ui/i18n';
import { en } from '../../src/ui/i18n/en';
import { zh_CN } from '../../src/ui/i18n/zh_CN';
import { viewState } from '../../src/ui/model';
import { ReportView } from '../../src/ui/popup/ReportView';
import type { TabReport } from '../../src/shared/report';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { finding, makeReport } from './fixtures';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(report: TabReport, lang: UiLanguage = 'en', actions = {}) {
  const state = viewState({
    reply: { status: 'ok', report },
    failed: false,
    tabUrl: report.url,
    tabLoading: false,
    settings: DEFAULT_SETTINGS,
    gaveUpWaiting: true,
    site: 'clinic.example',
  });
  render(
    <I18nContext.Provider value={i18nFor(lang)}>
      <ReportView state={state} actions={actions} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

const HOSTILE = '<img src=x onerror=alert(1)>';
const VNODE_JSON = '{"type":"img","props":{"src":"x","onerror":"alert(1)","dangerouslySetInnerHTML":{"__html":"<b>x</b>"}},"__k":null,"constructor":null}';

describe('hostile page text renders as literal text', () => {
  it('an HTML quote and a VNode-shaped JSON quote appear literally, creating no elements', () => {
    const el = show(
      makeReport({
        findings: [
          finding({ quote: `Our cells are 100% safe ${HOSTILE}`, start: 5 }),
          finding({ quote: VNODE_JSON, rule: 'cure-guarantee-en', family: 'cure-guarantee', start: 50 }),
          finding({ quote: `mention ${HOSTILE}`, mention: true, start: 90 }),
        ],
      }),
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    const quotes = [...el.querySelectorAll('[data-testid="quote"]')].map((q) => q.textContent);
    expect(quotes).toContain(`Our cells are 100% safe ${HOSTILE}`);
    expect(quotes).toContain(VNODE_JSON);
    expect(el.querySelector('[data-testid="mention-quote"]')?.textContent).toBe(`mention ${HOSTILE}`);
  });

  it('a VNode-shaped object smuggled in place of a string is shown as JSON text, never as an element', () => {
    const vnode = { type: 'img', props: { src: 'x', onerror: 'alert(1)' }, __k: null, __: null, constructor: undefined };
    const el = show(makeReport({ findings: [finding({ quote: vnode as unknown as string })] }));
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid="quote"]')?.textContent).toContain('"type":"img"');
  });

  it('a trial ID with a hostile URL gets no link; registry IDs with their real URLs do', () => {
    const el = show(
      makeReport({
        trialIds: [
          { id: 'NCT01234567', registry: 'ClinicalTrials.gov', url: 'https://clinicaltrials.gov/study/NCT01234567' },
          { id: 'ChiCTR2000029308', registry: 'ChiCTR', url: 'https://www.chictr.org.cn/searchprojEN.html?regno=ChiCTR2000029308' },
          { id: 'NCT76543210', registry: 'ClinicalTrials.gov', url: 'javascript:alert(1)' },
          { id: 'NCT11111111', registry: 'ClinicalTrials.gov', url: 'https://clinicaltrials.gov.evil.example/study/NCT11111111' },
          { id: HOSTILE, registry: HOSTILE, url: 'https://evil.example/' },
        ],
        findings: [finding({ quote: 'no side effects' })],
      }),
    );
    const links = [...el.querySelectorAll<HTMLAnchorElement>('[data-testid="trial-link"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://clinicaltrials.gov/study/NCT01234567',
      'https://www.chictr.org.cn/searchprojEN.html?regno=ChiCTR2000029308',
    ]);
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((h) => h.startsWith('https://'))).toBe(true);
    expect(hrefs.some((h) => h.includes('evil'))).toBe(false);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain(HOSTILE);
    // An ID is not a clean bill: the checks are listed.
    expect(el.querySelector('[data-testid="trial-ids"]')?.textContent).toContain('No fee');
  });
});

describe('report content', () => {
  const report = makeReport({
    risk: 'high',
    score: 88,
    findings: [
      finding({ quote: 'Our treatment has no side effects.', start: 10, end: 25 }),
      finding({ quote: 'Completely safe and natural.', rule: 'safety-absolute-en', start: 40, end: 55 }),
      finding({ quote: 'Beware of clinics promising “no side effects”.', mention: true, start: 80, end: 95 }),
    ],
    conditions: [
      { id: 'autism', system: 'developmental', serious: true },
      { id: 'osteoarthritis', system: 'musculoskeletal', serious: false },
    ],
    signals: [{ id: 'no-trial-id', points: 8 }, { id: 'critical-context', points: -4 }],
  });

  it('shows the level and claim count in words, what the level means, and the score', () => {
    const el = show(report);
    const h1 = el.querySelector('h1');
    expect(h1?.getAttribute('data-risk')).toBe('high');
    expect(h1?.textContent).toContain('High risk: this page makes 2 claims that reputable programs don’t make');
    expect(el.textContent).toContain(en.levelMeaning.high);
    expect(el.querySelector('[data-testid="score"]')?.textContent).toContain('88 out of 100');
  });

  it('groups warnings by family with quote, why (the rule explanation) and source; mentions are apart', () => {
    const el = show(report);
    const families = el.querySelectorAll('[data-testid="family"]');
    expect(families).toHaveLength(1);
    expect(families[0]?.textContent).toContain('Absolute safety');
    const items = el.querySelectorAll('[data-testid="finding"]');
    expect(items).toHaveLength(2);
    const rule = getRule('safety-no-side-effects-en');
    expect(el.querySelector('[data-testid="warnings"]')?.textContent).toContain(rule?.explanation.en);
    expect(el.querySelectorAll('[data-testid="source"]').length).toBe(2);
    // The mention is not a claim: it is only in the collapsed note.
    const claimsText = el.querySelector('[data-testid="warnings"]')?.textContent ?? '';
    expect(claimsText).not.toContain('Beware of clinics');
    expect(el.querySelector('details[data-testid="mentions"] summary')?.textContent).toContain('1 phrase quoted');
  });

  it('a sentence that trips several rules is one card with each reason', () => {
    const quote = 'Our cells are 100% safe with no side effects.';
    const el = show(
      makeReport({
        findings: [
          finding({ quote, rule: 'safety-absolute-en', start: 14, end: 23 }),
          finding({ quote, rule: 'safety-no-side-effects-en', start: 29, end: 44 }),
        ],
      }),
    );
    expect(el.querySelectorAll('[data-testid="finding"]')).toHaveLength(1);
    const whys = [...el.querySelectorAll('[data-testid="why"]')].map((w) => w.textContent);
    expect(whys).toEqual([getRule('safety-absolute-en')?.explanation.en, getRule('safety-no-side-effects-en')?.explanation.en]);
    expect(el.querySelector('h1')?.textContent).toContain('makes 2 claims');
  });

  it('with no trial ID, builds search links from the advertised conditions and constant bases', () => {
    const el = show(report);
    const ctgov = [...el.querySelectorAll<HTMLAnchorElement>('[data-testid="search-ctgov"]')].map((a) => a.href);
    expect(ctgov[0]).toBe('https://clinicaltrials.gov/search?cond=Autism%20Spectrum%20Disorder&term=stem%20cell');
    expect(ctgov[1]).toBe('https://clinicaltrials.gov/search?cond=Osteoarthritis&term=stem%20cell');
    expect(el.querySelector<HTMLAnchorElement>('[data-testid="search-chictr"]')?.href).toBe(
      'https://www.chictr.org.cn/searchprojEN.html',
    );
    expect(el.querySelector<HTMLAnchorElement>('[data-testid="search-ictrp"]')?.href).toBe('https://trialsearch.who.int/');
    for (const a of el.querySelectorAll('a')) {
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('lists the five questions, the specialist advice and where to report', () => {
    const el = show(report);
    const questions = el.querySelectorAll('[data-testid="questions"] li');
    expect(questions).toHaveLength(5);
    expect(el.textContent).toContain(en.specialistHeading);
    const report_ = el.querySelector('[data-testid="where-to-report"]')?.textContent ?? '';
    for (const k of ['FDA', 'Federal Trade Commission', 'TGA', '12315']) expect(report_).toContain(k);
    expect(el.querySelector('[data-testid="signals"]')?.textContent).toContain(en.signalText['no-trial-id']);
    expect(el.querySelector('[data-testid="signals"]')?.textContent).not.toContain('critical');
  });

  it('renders in Chinese with the rules’ Chinese explanations', () => {
    const el = show(report, 'zh_CN');
    expect(el.querySelector('h1')?.textContent).toContain('高风险：此网页有 2 处');
    const rule = getRule('safety-no-side-effects-en');
    expect(el.textContent).toContain(rule?.explanation.zh);
    expect(el.textContent).toContain(zh_CN.questions[0]);
  });

  it('copies the questions through the copy action', async () => {
    let copied = '';
    const el = show(report, 'en', {
      copyText: async (v: string) => {
        copied = v;
        return true;
      },
    });
    el.querySelector<HTMLButtonElement>('[data-testid="copy-questions"]')?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(copied.split('\n')).toHaveLength(5);
    expect(copied).toContain('1. Is this treatment part of a registered clinical trial?');
  });

  it('"show on page" sends the finding with its frame', async () => {
    const calls: [number, number, number][] = [];
    const el = show(report, 'en', {
      showOnPage: async (f: { start: number; end: number }, frameId: number) => {
        calls.push([frameId, f.start, f.end]);
        return true;
      },
    });
    const buttons = el.querySelectorAll<HTMLButtonElement>('[data-testid="show-on-page"]');
    expect(buttons).toHaveLength(2);
    buttons[0]?.click();
    expect(calls).toEqual([[0, 10, 25]]);
  });
});

describe('states', () => {
  const base = { failed: false, tabUrl: 'https://clinic.example/', tabLoading: false, settings: DEFAULT_SETTINGS, gaveUpWaiting: true, site: 'clinic.example' };

  it('derives each state', () => {
    expect(viewState({ ...base, reply: null }).kind).toBe('loading');
    expect(viewState({ ...base, reply: null, failed: true }).kind).toBe('error');
    expect(viewState({ ...base, reply: { status: 'restricted' } }).kind).toBe('restricted');
    expect(viewState({ ...base, reply: { status: 'scanning' } }).kind).toBe('scanning');
    expect(viewState({ ...base, reply: { status: 'none' }, gaveUpWaiting: false }).kind).toBe('scanning');
    expect(viewState({ ...base, reply: { status: 'none' }, tabLoading: true }).kind).toBe('scanning');
    expect(viewState({ ...base, reply: { status: 'none' } }).kind).toBe('not-running');
    expect(viewState({ ...base, reply: { status: 'paused', host: 'clinic.example' } }).kind).toBe('paused');
    const paused = { ...DEFAULT_SETTINGS, pausedSites: ['clinic.example'] };
    expect(viewState({ ...base, settings: paused, reply: { status: 'ok', report: makeReport() } })).toEqual({ kind: 'paused', site: 'clinic.example' });
    expect(viewState({ ...base, reply: { status: 'ok', report: makeReport({ topic: false, risk: 'none' }) } }).kind).toBe('no-topic');
    expect(
      viewState({ ...base, reply: { status: 'ok', report: makeReport({ findings: [finding({ quote: 'x', mention: true })] }) } }).kind,
    ).toBe('clean');
    expect(viewState({ ...base, reply: { status: 'ok', report: makeReport({ findings: [finding({ quote: 'x' })] }) } }).kind).toBe('flagged');
  });

  it('the clean state says no red flags, is honest that it is not a clean bill, and still lists the checks', () => {
    const el = show(makeReport({ risk: 'none', score: 0, findings: [] }));
    expect(el.querySelector('h1')?.textContent).toContain('No red flags found');
    expect(el.textContent).toContain('not proof');
    expect(el.querySelectorAll('[data-testid="questions"] li')).toHaveLength(5);
  });

  it('the partial flag is shown', () => {
    const el = show(makeReport({ partial: true, findings: [finding({ quote: 'no side effects' })] }));
    expect(el.querySelector('[data-testid="partial"]')?.textContent).toContain('only part of this page');
  });
});
