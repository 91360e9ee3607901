/** Settings in storage.local: versioned migrations validated with zod, field-by-field repair, pausing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isPaused,
  migrateV1toV2,
  normaliseHost,
  readSettings,
  repairSettings,
  settingsSchema,
  type Settings,
} from '../../src/shared/settings';

beforeEach(() => fakeBrowser.reset());

describe('migrations', () => {
  it('v1 → v2 normalises paused sites and keeps the other settings', () => {
    const v1 = { autoHighlight: false, sensitivity: 'high', pausedSites: ['Example.COM', 'https://www.Clinic.example/path?q=1', 'example.com', 'not a host!', 42], language: 'zh_CN' };
    const v2 = migrateV1toV2(v1);
    expect(v2).toEqual({ autoHighlight: false, sensitivity: 'high', pausedSites: ['example.com', 'www.clinic.example'], language: 'zh_CN' });
    expect(settingsSchema.parse(v2)).toEqual(v2);
  });

  it.each([null, undefined, 'corrupt', 42, [], { sensitivity: 'extreme', pausedSites: 'x' }, JSON.parse('{"__proto__":{"autoHighlight":false}}')])(
    'a corrupt v1 value (%j) migrates to valid settings',
    (old) => {
      const v2 = migrateV1toV2(old);
      expect(settingsSchema.safeParse(v2).success).toBe(true);
      expect(v2.autoHighlight).toBe(true);
    },
  );

  it('runs through WXT’s versioned item: a v1 value in storage is read back as v2', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: true, sensitivity: 'low', pausedSites: ['A.example'], language: 'en' }, settings$: { v: 1 } });
    const item = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: { 2: migrateV1toV2 } });
    await item.migrate();
    expect(await item.getValue()).toEqual({ autoHighlight: true, sensitivity: 'low', pausedSites: ['a.example'], language: 'en' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });
});

describe('reading', () => {
  it('falls back to the defaults, and repairs a corrupt stored value field by field', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false, sensitivity: 'bogus', pausedSites: null, language: 'en' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoHighlight: false, language: 'en' });
    expect(repairSettings('x')).toEqual(DEFAULT_SETTINGS);
  });

  it('one malformed paused site does not unpause the others', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, pausedSites: ['a.example', 'B.Example', 'not a host!'] } });
    expect((await readSettings()).pausedSites).toEqual(['a.example', 'b.example']);
  });

  it('normaliseHost accepts hostnames and URLs, refuses junk', () => {
    expect(normaliseHost(' Foo.Example ')).toBe('foo.example');
    expect(normaliseHost('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(normaliseHost('')).toBeNull();
    expect(normaliseHost('a b')).toBeNull();
    expect(normaliseHost({})).toBeNull();
  });

  it('isPaused matches the exact hostname', () => {
    const s = { ...DEFAULT_SETTINGS, pausedSites: ['clinic.example'] };
    expect(isPaused(s, 'https://clinic.example/x')).toBe(true);
    expect(isPaused(s, 'https://sub.clinic.example/x')).toBe(false);
    expect(isPaused(s, 'not a url')).toBe(false);
  });
});
