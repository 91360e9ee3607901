/**
 * User settings, kept in storage.local (settings only: reports live in storage.session). Read by the content
 * script (highlighting), the background (sensitivity) and the pages (options, pause on this site).
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const settingsSchema = z.object({
  autoHighlight: z.boolean(),
  sensitivity: z.enum(['low', 'normal', 'high']),
  /** Hostnames where StemCheck does nothing. */
  pausedSites: z.array(z.string().max(253)).max(1000),
  language: z.enum(['auto', 'en', 'zh_CN']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  sensitivity: 'normal',
  pausedSites: [],
  language: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, repaired field by field: a corrupt value never breaks the extension. */
export async function readSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const partial = settingsSchema.partial().safeParse(raw);
  return { ...DEFAULT_SETTINGS, ...(partial.success ? partial.data : {}) };
}

export function isPaused(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return settings.pausedSites.includes(host);
}
