/**
 * UI language. The user can override the browser language in settings, and `browser.i18n` cannot switch
 * language at run time, so the UI dictionaries live here (typed, identical keys) and are picked by setting.
 * The manifest name and description are localised separately through `locales/` (@wxt-dev/i18n).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { en, type Messages } from './en';
import { zh_CN } from './zh_CN';

export type UiLanguage = 'en' | 'zh_CN';
/** The engine's language keys for rule explanations. */
export type EngineLang = 'en' | 'zh';

export const DICTIONARIES: Record<UiLanguage, Messages> = { en, zh_CN };

/** `auto` follows the browser's UI language: any Chinese variant gets Simplified Chinese, anything else English. */
export function pickLanguage(setting: Settings['language'], browserLanguage: string | undefined): UiLanguage {
  if (setting === 'en' || setting === 'zh_CN') return setting;
  return /^zh\b/i.test(browserLanguage ?? '') ? 'zh_CN' : 'en';
}

export function browserLanguage(): string {
  try {
    // Extension pages have browser.i18n; tests and plain pages fall back to navigator.
    const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n;
    return api?.getUILanguage?.() ?? navigator.language;
  } catch {
    return navigator.language;
  }
}

/**
 * A dictionary entry for a key that came from a report (condition, signal, source id): own properties only,
 * so `__proto__` or `constructor` is just an unknown key.
 */
export function lookup(record: Readonly<Record<string, string>>, key: unknown): string | undefined {
  if (typeof key !== 'string' || !Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

export interface I18n {
  lang: UiLanguage;
  engineLang: EngineLang;
  t: Messages;
}

export function i18nFor(lang: UiLanguage): I18n {
  return { lang, engineLang: lang === 'zh_CN' ? 'zh' : 'en', t: DICTIONARIES[lang] };
}

export const I18nContext = createContext<I18n>(i18nFor('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Keeps the document's language and title in step with the UI language (screen readers, fonts, axe). */
export function applyDocumentLanguage(doc: Document, ui: I18n, title: string): void {
  doc.documentElement.lang = ui.t.htmlLang;
  doc.title = title;
}
