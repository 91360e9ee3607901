/**
 * The page report. Opened from the toolbar it reports on the active tab; opened as a page
 * (`popup.html?tab=ID`: "open the full report in a tab", and the browser tests) on the tab named in the URL.
 * It follows the tab live: a scan finishing, a setting changing (pause, language) updates the view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StoredFinding, TabReport } from '../../shared/report';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../../shared/settings';
import { exportFileName, exportJsonText, reportAsText } from '../export';
import { I18nContext, applyDocumentLanguage, browserLanguage, i18nFor, pickLanguage, useI18n } from '../i18n';
import { viewState, type AnyReply, type ViewState } from '../model';
import { siteOf } from '../registries';
import { ReportView, type ReportActions } from './ReportView';
import { loadReport, tabFromLocation } from './load-report';

/** How long the popup waits for a first scan before saying the page was not checked. */
const FIRST_SCAN_WAIT_MS = 2500;
const POLL_MS = 700;

export async function copyToClipboard(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // Fallback for pages where the async clipboard is refused: a hidden textarea and execCommand.
    try {
      const area = document.createElement('textarea');
      area.value = value;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    } catch {
      return false;
    }
  }
}

function download(name: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Print-friendly view: print CSS hides the buttons; collapsed sections are opened so they print. */
function openAllDetails(): void {
  for (const d of document.querySelectorAll('details')) d.open = true;
}
function printReport(): void {
  openAllDetails();
  window.print();
}
if (typeof window !== 'undefined') window.addEventListener('beforeprint', openAllDetails);

async function send(message: Record<string, unknown>): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return { error: 'unavailable' };
  }
}

const isError = (reply: unknown) =>
  reply === undefined || reply === null || (typeof reply === 'object' && 'error' in (reply as object));

export function Popup() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [reply, setReply] = useState<AnyReply | null>(null);
  const [failed, setFailed] = useState(false);
  const [tab, setTab] = useState<{ url: string | null; loading: boolean }>({ url: null, loading: false });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [gaveUp, setGaveUp] = useState(false);
  const openedAt = useRef(Date.now());
  const rescanAsked = useRef(false);
  // `?tab=ID` is the full report in a tab; `&view=popup` lays it out as the toolbar popup (screenshots).
  const inTab = tabFromLocation(location.search) !== null && new URLSearchParams(location.search).get('view') !== 'popup';

  // Which tab.
  useEffect(() => {
    const fromUrl = tabFromLocation(location.search);
    if (fromUrl !== null) return setTabId(fromUrl);
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => setTabId(active?.id ?? null))
      .catch(() => setTabId(null));
  }, []);

  // Settings, live.
  useEffect(() => {
    void readSettings().then((s) => {
      setSettings(s);
      setSettingsLoaded(true);
    });
    return settingsItem.watch(() => void readSettings().then(setSettings));
  }, []);

  const refresh = useCallback(async () => {
    if (tabId === null || tabId === undefined) return;
    try {
      const info = await browser.tabs.get(tabId);
      setTab({ url: info.url ?? null, loading: info.status === 'loading' });
    } catch {
      setTab({ url: null, loading: false });
    }
    try {
      const next = (await loadReport(tabId)) as AnyReply;
      setReply(next);
      setFailed(false);
      // No report and nothing on its way: the tab may predate the install. Ask once for a rescan (the
      // background injects the scanner where the browser allows it, else the popup offers a reload).
      if (next.status === 'none' && !rescanAsked.current) {
        rescanAsked.current = true;
        void send({ type: 'rescan', tabId });
      }
    } catch {
      setFailed(true);
    }
    if (Date.now() - openedAt.current > FIRST_SCAN_WAIT_MS) setGaveUp(true);
  }, [tabId]);

  // The report, live: refetch when session storage changes (a scan landed) and poll while waiting.
  useEffect(() => {
    void refresh();
    // Busy pages (infinite scroll) write often: coalesce into one refetch per 150 ms.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (_changes: unknown, area: string) => {
      if (area !== 'session' || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void refresh();
      }, 150);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [refresh]);

  const site = siteOf(tab.url ?? (reply && 'report' in reply ? (reply.report as TabReport).url : null));
  const state: ViewState =
    tabId === null
      ? { kind: 'no-tab' }
      : !settingsLoaded
        ? { kind: 'loading' }
        : viewState({ reply, failed, tabUrl: tab.url, tabLoading: tab.loading, settings, gaveUpWaiting: gaveUp, site });

  const waiting = state.kind === 'scanning' || state.kind === 'not-running' || state.kind === 'loading';
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, refresh]);

  const ui = useMemo(() => i18nFor(pickLanguage(settings.language, browserLanguage())), [settings.language]);
  useEffect(() => applyDocumentLanguage(document, ui, ui.t.popupTitle), [ui]);

  const actions: ReportActions = {
    copyText: copyToClipboard,
    showOnPage: async (f: StoredFinding, frameId: number) => {
      if (tabId === null || tabId === undefined) return false;
      const answer = await send({ type: 'show-finding', tabId, frameId, start: f.start, end: f.end });
      return !isError(answer) && !(typeof answer === 'object' && answer !== null && 'found' in answer && !answer.found);
    },
  };

  return (
    <I18nContext.Provider value={ui}>
      <main class={inTab ? 'mode-page' : 'mode-popup'} data-testid="popup" data-state={state.kind}>
        <ReportView state={state} actions={actions}>
          <StateActions state={state} tabId={tabId ?? null} site={site} settings={settings} onRetry={refresh} />
        </ReportView>
        {'report' in state ? (
          <ReportActionsBar report={state.report} tabId={tabId ?? null} site={site} settings={settings} inTab={inTab} />
        ) : null}
      </main>
    </I18nContext.Provider>
  );
}

async function setPaused(settings: Settings, site: string, paused: boolean): Promise<void> {
  const current = await readSettings().catch(() => settings);
  const others = current.pausedSites.filter((s) => s !== site);
  await settingsItem.setValue({ ...current, pausedSites: paused ? [...others, site] : others });
}

/** Buttons inside a state's header: resume on a paused site, reload a page that was never checked. */
function StateActions(props: { state: ViewState; tabId: number | null; site: string | null; settings: Settings; onRetry: () => Promise<void> }) {
  const { t } = useI18n();
  const { state, tabId, site } = props;
  const [note, setNote] = useState('');
  if (state.kind === 'paused' && site) {
    return (
      <p class="row">
        <button type="button" data-testid="resume" onClick={() => void setPaused(props.settings, site, false)}>
          {t.resumeSite(site)}
        </button>
      </p>
    );
  }
  if (state.kind === 'not-running' && tabId !== null) {
    return (
      <p class="row">
        <button type="button" data-testid="reload-page" onClick={() => void browser.tabs.reload(tabId)}>
          {t.reloadPage}
        </button>{' '}
        <button
          type="button"
          data-testid="rescan"
          onClick={() =>
            void send({ type: 'rescan', tabId }).then((answer) => {
              const status = typeof answer === 'object' && answer !== null && 'status' in answer ? answer.status : null;
              setNote(status === 'reload-needed' || isError(answer) ? t.reloadNeeded : '');
              return props.onRetry();
            })
          }
        >
          {t.tryAgain}
        </button>
        <span role="status" class="note">
          {note}
        </span>
      </p>
    );
  }
  return null;
}

function ReportActionsBar(props: { report: TabReport; tabId: number | null; site: string | null; settings: Settings; inTab: boolean }) {
  const ui = useI18n();
  const { t } = ui;
  const [status, setStatus] = useState('');
  const { report, tabId, site } = props;
  return (
    <section aria-labelledby="actions-h" class="actions no-print" data-testid="actions">
      <h2 id="actions-h">{t.actionsHeading}</h2>
      <div class="buttons">
        {site ? (
          <button type="button" data-testid="pause" onClick={() => void setPaused(props.settings, site, true)}>
            {t.pauseSite(site)}
          </button>
        ) : null}
        {!props.inTab && tabId !== null ? (
          <button
            type="button"
            data-testid="open-full"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) })}
          >
            {t.openFull}
          </button>
        ) : null}
        <button
          type="button"
          data-testid="copy-report"
          onClick={() => void copyToClipboard(reportAsText(report, ui)).then((ok) => setStatus(ok ? t.copied : t.copyFailed))}
        >
          {t.copyReport}
        </button>
        <button type="button" data-testid="download-json" onClick={() => download(exportFileName(report.url), exportJsonText(report))}>
          {t.downloadJson}
        </button>
        <button type="button" data-testid="print" onClick={() => printReport()}>
          {t.print}
        </button>
        <button type="button" data-testid="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.settings}
        </button>
      </div>
      <p role="status" class="note" data-testid="action-status">
        {status}
      </p>
    </section>
  );
}
