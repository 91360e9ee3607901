/**
 * A storage.session quota for tests: the fake browser enforces none. Wraps `set` of the fake's session
 * area so a write that would take the area over `bytes` (key + JSON value, as Chrome counts) rejects with
 * Chrome's message and stores nothing.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function sizeOf(items: Record<string, unknown>): number {
  let total = 0;
  for (const [k, v] of Object.entries(items)) total += new TextEncoder().encode(k + JSON.stringify(v)).length;
  return total;
}

export function enforceQuota(bytes: number): { restore(): void; rejected(): number } {
  const area = fakeBrowser.storage.session;
  const original = area.set.bind(area);
  let rejected = 0;
  area.set = (async (items: Record<string, unknown>) => {
    const current = (await area.get(null)) as Record<string, unknown>;
    if (sizeOf({ ...current, ...items }) > bytes) {
      rejected++;
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    }
    return original(items);
  }) as typeof area.set;
  return {
    restore: () => {
      area.set = original as typeof area.set;
    },
    rejected: () => rejected,
  };
}
