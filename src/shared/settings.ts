/**
 * User settings, kept in storage.local (settings only: reports live in storage.session). Read by the content
 * script (highlighting), the background (sensitivity, paused sites) and the pages (options, pause on this site).
 *
 * The item is versioned. Each migration takes whatever an older version left in storage (which may be
 * corrupt or hand-edited), reads it leniently, and returns a value the current schema accepts: a broken
 * setting falls back to its default instead of breaking the extension. To change the shape: bump
 * SETTINGS_VERSION, add `migrations[n]`, and add a case to tests/shared/settings.test.ts.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** A hostname as the URL parser gives it: lower case, no scheme, port or path. */
const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[\da-z.\-[\]:]+$/);

export const settingsSchema = z.object({
  autoHighlight: z.boolean(),
  sensitivity: z.enum(['low', 'normal', 'high']),
  /** Hostnames where StemCheck does nothing. */
  pausedSites: z.array(hostname).max(1000),
  language: z.enum(['auto', 'en', 'zh_CN']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  sensitivity: 'normal',
  pausedSites: [],
  language: 'auto',
};

export const SETTINGS_VERSION = 2;

/** The hostname `entry` names (an entry may be a hostname or a whole URL pasted by hand), or null. */
export function normaliseHost(entry: unknown): string | null {
  if (typeof entry !== 'string' || entry.length === 0 || entry.length > 2048) return null;
  const trimmed = entry.trim();
  let host: string;
  try {
    host = new URL(/^[a-z][\d+.a-z-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  return hostname.safeParse(host).success ? host : null;
}

/** Each field of `raw` that is valid, the default for each that is not. Never throws. */
export function repairSettings(raw: unknown): Settings {
  const record: Record<string, unknown> = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(Object.hasOwn(record, key) ? record[key] : undefined);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    autoHighlight: field('autoHighlight'),
    sensitivity: field('sensitivity'),
    // Entry by entry: one malformed site must not unpause all the others.
    pausedSites: Array.isArray(record.pausedSites) ? normaliseHosts(record.pausedSites) : DEFAULT_SETTINGS.pausedSites,
    language: field('language'),
  };
}

/** Normalised, unique hostnames from a list of entries (invalid ones dropped), at most 1000. */
export function normaliseHosts(entries: readonly unknown[]): string[] {
  const hosts = entries.slice(0, 5000).map(normaliseHost).filter((h): h is string => h !== null);
  return [...new Set(hosts)].slice(0, 1000);
}

/**
 * v1 → v2: v1 stored paused sites as typed (mixed case, sometimes whole URLs, duplicates), so pausing
 * `Example.com` never matched `example.com`. v2 keeps normalised, unique hostnames only.
 */
export function migrateV1toV2(old: unknown): Settings {
  // repairSettings normalises the list entry by entry; v2 data always goes through it.
  return repairSettings(old);
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: migrateV1toV2,
  },
});

/** Settings as stored, repaired field by field: a corrupt value never breaks the extension. */
export async function readSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : repairSettings(raw);
}

/** Whether StemCheck is paused on the site of `url` (exact hostname match). */
export function isPaused(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host.length > 0 && settings.pausedSites.includes(host);
}
