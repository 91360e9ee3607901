/**
 * Per-tab reports in storage.session: they survive the MV3 service worker being stopped, and vanish with
 * the browser session. Updates to one tab are serialised in-process, so concurrent scan messages from many
 * frames never overwrite each other (a read-modify-write race would otherwise lose findings).
 */
import { storage } from 'wxt/utils/storage';
import { LIMITS } from '../shared/limits';
import { tabReportSchema, type TabReport } from '../shared/report';

const INDEX_KEY = 'session:report-index' as const;
const reportKey = (tabId: number) => `session:report:${tabId}` as const;

const queues = new Map<number, Promise<unknown>>();

/** Runs `task` after every earlier task for the same tab has settled. */
function serialise<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(task, task);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

export async function readReport(tabId: number): Promise<TabReport | null> {
  const raw = await storage.getItem<unknown>(reportKey(tabId));
  const parsed = tabReportSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads, transforms and writes one tab's report atomically with respect to other updates of that tab.
 * `update` returns the new report, or null to delete it.
 */
export function updateReport(
  tabId: number,
  update: (current: TabReport | null) => TabReport | null,
): Promise<TabReport | null> {
  return serialise(tabId, async () => {
    const next = update(await readReport(tabId));
    if (next === null) {
      await deleteStored(tabId);
      return null;
    }
    await writeWithEviction(tabId, next);
    return next;
  });
}

export function deleteReport(tabId: number): Promise<void> {
  return serialise(tabId, () => deleteStored(tabId));
}

async function deleteStored(tabId: number): Promise<void> {
  await storage.removeItem(reportKey(tabId));
  const index = await readIndex();
  if (index.includes(tabId)) await storage.setItem(INDEX_KEY, index.filter((id) => id !== tabId));
}

async function readIndex(): Promise<number[]> {
  const raw = await storage.getItem<unknown>(INDEX_KEY);
  return Array.isArray(raw) ? raw.filter((x): x is number => Number.isInteger(x)) : [];
}

/** Writes the report; keeps at most LIMITS.maxTabs reports (least recently updated evicted first). */
async function writeWithEviction(tabId: number, report: TabReport): Promise<void> {
  const index = [...(await readIndex()).filter((id) => id !== tabId), tabId];
  const evicted = index.length > LIMITS.maxTabs ? index.splice(0, index.length - LIMITS.maxTabs) : [];
  for (const id of evicted) await storage.removeItem(reportKey(id));
  try {
    await storage.setItem(reportKey(tabId), report);
  } catch (error) {
    // storage.session has a quota (10 MB in Chrome). Free the oldest half of the other tabs and retry once;
    // if that fails too, the report lives only until the worker stops, which is better than throwing.
    const others = index.filter((id) => id !== tabId);
    for (const id of others.slice(0, Math.ceil(others.length / 2))) await storage.removeItem(reportKey(id));
    index.splice(0, Math.ceil(others.length / 2));
    await storage.setItem(reportKey(tabId), report).catch(() => {
      console.warn('StemCheck: could not store report', error);
    });
  }
  await storage.setItem(INDEX_KEY, index);
}
