/**
 * Settings: automatic highlighting, sensitivity, paused sites, language, clearing stored reports. Every
 * change is saved at once to the WXT storage item; open tabs (content scripts, popups) watch it live.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../../shared/settings';
import { I18nContext, applyDocumentLanguage, browserLanguage, i18nFor, pickLanguage } from '../i18n';

const SENSITIVITIES = ['low', 'normal', 'high'] as const;
const LANGUAGES = ['auto', 'en', 'zh_CN'] as const;

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState('');
  const [clearStatus, setClearStatus] = useState('');

  useEffect(() => {
    void readSettings().then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    return settingsItem.watch(() => void readSettings().then(setSettings));
  }, []);

  const ui = useMemo(() => i18nFor(pickLanguage(settings.language, browserLanguage())), [settings.language]);
  const { t } = ui;
  useEffect(() => applyDocumentLanguage(document, ui, t.optionsTitle), [ui, t]);

  const save = async (change: Partial<Settings>) => {
    // Read-modify-write against storage, so a pause added from a popup meanwhile is not lost.
    const next = { ...(await readSettings()), ...change };
    setSettings(next);
    await settingsItem.setValue(next);
    setStatus(i18nFor(pickLanguage(next.language, browserLanguage())).t.saved);
  };

  const clearData = async () => {
    setClearStatus('');
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'clear-data' })) as unknown;
      const ok = reply !== undefined && reply !== null && !(typeof reply === 'object' && 'error' in reply);
      setClearStatus(ok ? t.clearDone : t.clearFailed);
    } catch {
      setClearStatus(t.clearFailed);
    }
  };

  return (
    <I18nContext.Provider value={ui}>
      <main class="options" data-testid="options" data-loaded={loaded ? 'yes' : 'no'}>
        <h1>{t.optionsHeading}</h1>
        <p class="intro">{t.optionsIntro}</p>

        <section aria-labelledby="hl-h">
          <h2 id="hl-h">{t.highlightHeading}</h2>
          <p class="field">
            <input
              id="auto-highlight"
              type="checkbox"
              data-testid="auto-highlight"
              checked={settings.autoHighlight}
              aria-describedby="auto-highlight-hint"
              onChange={(e) => void save({ autoHighlight: e.currentTarget.checked })}
            />{' '}
            <label for="auto-highlight">{t.autoHighlight}</label>
          </p>
          <p id="auto-highlight-hint" class="note">
            {t.autoHighlightHint}
          </p>
          <p class="field">
            <label for="sensitivity">{t.sensitivityLabel}</label>{' '}
            <select
              id="sensitivity"
              data-testid="sensitivity"
              value={settings.sensitivity}
              aria-describedby="sensitivity-hint"
              onChange={(e) => void save({ sensitivity: e.currentTarget.value as Settings['sensitivity'] })}
            >
              {SENSITIVITIES.map((s) => (
                <option key={s} value={s}>
                  {t.sensitivityOption[s]}
                </option>
              ))}
            </select>
          </p>
          <p id="sensitivity-hint" class="note">
            {t.sensitivityHint}
          </p>
        </section>

        <section aria-labelledby="lang-h">
          <h2 id="lang-h">{t.languageLabel}</h2>
          <p class="field">
            <label for="language">{t.languageLabel}</label>{' '}
            <select
              id="language"
              data-testid="language"
              value={settings.language}
              onChange={(e) => void save({ language: e.currentTarget.value as Settings['language'] })}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l === 'zh_CN' ? 'zh-CN' : l === 'en' ? 'en' : undefined}>
                  {t.languageOption[l]}
                </option>
              ))}
            </select>
          </p>
        </section>

        <section aria-labelledby="paused-h" data-testid="paused-sites">
          <h2 id="paused-h">{t.pausedHeading}</h2>
          <p>{t.pausedIntro}</p>
          {settings.pausedSites.length === 0 ? (
            <p class="note">{t.pausedEmpty}</p>
          ) : (
            <ul class="sites">
              {settings.pausedSites.map((site) => (
                <li key={site} data-testid="paused-site">
                  <span class="site">{site}</span>{' '}
                  <button
                    type="button"
                    aria-label={t.removeSite(site)}
                    data-testid="remove-site"
                    onClick={() => void readSettings().then((s) => save({ pausedSites: s.pausedSites.filter((x) => x !== site) }))}
                  >
                    {t.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="data-h">
          <h2 id="data-h">{t.dataHeading}</h2>
          <p>{t.dataBody}</p>
          <p class="row">
            <button type="button" data-testid="clear-data" onClick={() => void clearData()}>
              {t.clearData}
            </button>{' '}
            <span role="status" class="note" data-testid="clear-status">
              {clearStatus}
            </span>
          </p>
        </section>

        <p role="status" class="note saved" data-testid="save-status">
          {status}
        </p>
      </main>
    </I18nContext.Provider>
  );
}
