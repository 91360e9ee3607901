import { describe, expect, it } from 'vitest';
import { FAMILIES, RULES } from '../../src/engine';
import { en } from '../../src/ui/i18n/en';
import { zh_CN } from '../../src/ui/i18n/zh_CN';
import { DICTIONARIES, pickLanguage } from '../../src/ui/i18n';
import { CTGOV_CONDITION } from '../../src/ui/registries';

/** Shape of a dictionary: keys, nested keys, array lengths and function arities, recursively. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k])]),
    );
  }
  return typeof value;
}

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('UI dictionaries', () => {
  it('English and Simplified Chinese have identical keys, nested keys, list lengths and parameters', () => {
    expect(shape(zh_CN)).toEqual(shape(en));
    expect(Object.keys(DICTIONARIES).sort()).toEqual(['en', 'zh_CN']);
  });

  it('every string is non-empty in both languages (except the empty meaning of no level)', () => {
    for (const dict of [en, zh_CN]) {
      for (const [path, v] of leaves(dict)) {
        if (typeof v === 'string') expect(v.trim().length, path).toBeGreaterThan(0);
        if (typeof v === 'function') {
          const out = (v as (...a: unknown[]) => unknown)('high', 3);
          expect(typeof out === 'string' && out.length > 0, path).toBe(true);
        }
      }
    }
  });

  it('the Chinese dictionary is actually Chinese (no untranslated English sentences)', () => {
    const untranslated = leaves(zh_CN)
      .filter(([p, v]) => typeof v === 'string' && !/^(?:languageOption|appName|htmlLang)/.test(p))
      .filter(([, v]) => /^[\x20-\x7e]+$/.test(v as string));
    expect(untranslated).toEqual([]);
  });

  it('every engine rule has an explanation and a verification step in English and Chinese', () => {
    expect(RULES.length).toBeGreaterThan(10);
    for (const rule of RULES) {
      expect(rule.explanation.en.length, rule.id).toBeGreaterThan(10);
      expect(rule.explanation.zh.length, rule.id).toBeGreaterThan(5);
      expect(rule.verify.zh.length, rule.id).toBeGreaterThan(5);
    }
    for (const f of FAMILIES) expect(f.label.zh.length, f.id).toBeGreaterThan(0);
  });

  it('every condition with a search term has a name in both languages', () => {
    for (const id of Object.keys(CTGOV_CONDITION)) {
      expect(en.conditionName[id], id).toBeTruthy();
      expect(zh_CN.conditionName[id], id).toBeTruthy();
    }
  });

  it('picks the language from the setting, or from the browser when automatic', () => {
    expect(pickLanguage('en', 'zh-CN')).toBe('en');
    expect(pickLanguage('zh_CN', 'en-US')).toBe('zh_CN');
    expect(pickLanguage('auto', 'zh-CN')).toBe('zh_CN');
    expect(pickLanguage('auto', 'zh-TW')).toBe('zh_CN');
    expect(pickLanguage('auto', 'zh')).toBe('zh_CN');
    expect(pickLanguage('auto', 'en-GB')).toBe('en');
    expect(pickLanguage('auto', 'fr')).toBe('en');
    expect(pickLanguage('auto', undefined)).toBe('en');
  });
});

describe('manifest locales (@wxt-dev/i18n)', () => {
  it('en and zh_CN name and describe the extension with the same keys', async () => {
    const { readFileSync } = await import('node:fs');
    const keys = (file: string) =>
      readFileSync(`${process.cwd()}/locales/${file}`, 'utf8')
        .split('\n')
        .filter((line) => /^\w+:/.test(line))
        .map((line) => line.slice(0, line.indexOf(':')))
        .sort();
    expect(keys('en.yml')).toEqual(['extDescription', 'extName']);
    expect(keys('zh_CN.yml')).toEqual(keys('en.yml'));
    expect(readFileSync(`${process.cwd()}/locales/zh_CN.yml`, 'utf8')).toMatch(/extDescription: .*[\u4e00-\u9fff]/);
  });
});
