/**
 * Per-tab reports in storage.session: they survive the MV3 service worker being stopped, and vanish with
 * the browser session (and on extension update). Nothing is kept in worker memory but in-flight queues.
 *
 * Keys (storage.session):
 * - `report:<tabId>`  the report of the page in the tab (tests/e2e/harness.ts reads this key);
 * - `archive:<tabId>` the report of the tab's previous page, kept so going back (bfcache) shows the right
 *   report at once;
 * - `report-index`    tab ids, least recently updated first: eviction order.
 *
 * Updates to one tab are serialised in-process, so concurrent scan messages from many frames never
 * overwrite each other (a read-modify-write race would otherwise lose findings); index updates are
 * serialised globally for the same reason. storage.session has a quota (10 MB in Chrome): a rejected write
 * evicts the oldest other tabs and retries; if it still fails the tab's stale report is removed, so the
 * popup never shows a report that no longer matches the page.
 */
import { storage } from 'wxt/utils/storage';
import { LIMITS } from '../shared/limits';
import { tabReportSchema, type TabReport } from '../shared/report';

const INDEX_KEY = 'session:report-index' as const;
const reportKey = (tabId: number) => `session:report:${tabId}` as const;
const archiveKey = (tabId: number) => `session:archive:${tabId}` as const;

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task with the same key has settled. */
function serialise<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const tail = next.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return next;
}
const tabQueue = <T>(tabId: number, task: () => Promise<T>) => serialise(`tab:${tabId}`, task);
const indexQueue = <T>(task: () => Promise<T>) => serialise('index', task);

async function readValidated(key: `session:${string}`): Promise<TabReport | null> {
  const raw = await storage.getItem<unknown>(key);
  if (raw === null || raw === undefined) return null;
  const parsed = tabReportSchema.safeParse(raw);
  if (!parsed.success) console.warn('StemCheck: ignoring an invalid stored report', key, JSON.stringify(parsed.error.issues.slice(0, 3)));
  return parsed.success ? parsed.data : null;
}

export function readReport(tabId: number): Promise<TabReport | null> {
  return readValidated(reportKey(tabId));
}

export function readArchive(tabId: number): Promise<TabReport | null> {
  return readValidated(archiveKey(tabId));
}

/** Both stored reports of a tab; an update returns the new pair (null deletes). */
export interface TabState {
  report: TabReport | null;
  archive: TabReport | null;
}

/**
 * Reads, transforms and writes one tab's state atomically with respect to other updates of that tab.
 * Returns the state as stored afterwards.
 */
export function updateTab(tabId: number, update: (current: TabState) => TabState): Promise<TabState> {
  return tabQueue(tabId, async () => {
    const current: TabState = { report: await readReport(tabId), archive: await readArchive(tabId) };
    const next = update(current);
    if (next.archive !== current.archive) await writeOrDelete(tabId, archiveKey(tabId), next.archive, null);
    if (next.report !== current.report) {
      const stored = await writeOrDelete(tabId, reportKey(tabId), next.report, archiveKey(tabId));
      return { report: stored, archive: next.archive };
    }
    return next;
  });
}

/** Like updateTab for the current report only; `update` returns the new report, or null to delete it. */
export async function updateReport(
  tabId: number,
  update: (current: TabReport | null) => TabReport | null,
): Promise<TabReport | null> {
  const state = await updateTab(tabId, (s) => {
    const report = update(s.report);
    return report === s.report ? s : { ...s, report };
  });
  return state.report;
}

/** Deletes everything stored for the tab. */
export function deleteReport(tabId: number): Promise<void> {
  return tabQueue(tabId, async () => {
    await storage.removeItems([reportKey(tabId), archiveKey(tabId)]);
    await indexQueue(async () => {
      const index = await readIndex();
      if (index.includes(tabId)) await writeIndex(index.filter((id) => id !== tabId));
    });
  });
}

/** Tab ids that have stored state, least recently updated first. */
export function listTabs(): Promise<number[]> {
  return readIndex();
}

/** Deletes every report and archive (the user's "clear stored data"). Returns how many tabs had data. */
export async function clearAll(): Promise<number[]> {
  const indexed = await readIndex();
  // Also catch keys the index lost track of (e.g. a write that failed half-way).
  const everything = await browserSessionKeys();
  const strays = everything
    .map((k) => /^(?:report|archive):(\d{1,10})$/.exec(k)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
  const tabs = [...new Set([...indexed, ...strays])];
  await Promise.all(tabs.map((id) => deleteReport(id)));
  await indexQueue(() => writeIndex([]));
  return tabs;
}

async function browserSessionKeys(): Promise<string[]> {
  const snapshot = await storage.snapshot('session');
  return Object.keys(snapshot);
}

async function readIndex(): Promise<number[]> {
  const raw = await storage.getItem<unknown>(INDEX_KEY);
  return Array.isArray(raw) ? raw.filter((x): x is number => Number.isInteger(x) && x >= 0).slice(-10 * LIMITS.maxTabs) : [];
}

async function writeIndex(index: number[]): Promise<void> {
  await storage.setItem(INDEX_KEY, index);
}

/** Moves `tabId` to the most-recent end of the index; returns the tabs evicted beyond LIMITS.maxTabs. */
function touchIndex(tabId: number): Promise<number[]> {
  return indexQueue(async () => {
    const index = [...(await readIndex()).filter((id) => id !== tabId), tabId];
    const evicted = index.length > LIMITS.maxTabs ? index.splice(0, index.length - LIMITS.maxTabs) : [];
    await writeIndex(index);
    return evicted;
  });
}

/** Removes the oldest tab other than `keep` from storage; false when there is none. */
function evictOldestOther(keep: number): Promise<boolean> {
  return indexQueue(async () => {
    const index = await readIndex();
    const victim = index.find((id) => id !== keep);
    if (victim === undefined) return false;
    await storage.removeItems([reportKey(victim), archiveKey(victim)]);
    await writeIndex(index.filter((id) => id !== victim));
    return true;
  });
}

/**
 * Writes `value` at `key` (or deletes it when null). On a rejected write (quota): first drops `spare`
 * (the tab's own archive), then the oldest other tabs one by one, retrying each time. Returns what is
 * stored afterwards.
 */
async function writeOrDelete(
  tabId: number,
  key: `session:${string}`,
  value: TabReport | null,
  spare: `session:${string}` | null,
): Promise<TabReport | null> {
  if (value === null) {
    await storage.removeItem(key);
    return null;
  }
  // The index is small, but under a full quota even it can fail to write: the report matters more (and
  // clearAll also finds keys the index missed).
  const evicted = await touchIndex(tabId).catch(() => [] as number[]);
  if (evicted.length > 0) await storage.removeItems(evicted.flatMap((id) => [reportKey(id), archiveKey(id)]));
  let spared = spare === null;
  for (let attempt = 0; attempt <= LIMITS.maxTabs + 1; attempt++) {
    try {
      await storage.setItem(key, value);
      return value;
    } catch (error) {
      if (!spared) {
        spared = true;
        await storage.removeItem(spare as `session:${string}`).catch(() => undefined);
        continue;
      }
      const freed = await evictOldestOther(tabId).catch(() => false);
      if (!freed) {
        console.warn('StemCheck: could not store a report', error);
        break;
      }
    }
  }
  // Never leave an older report in place of one we could not write: it would describe another page state.
  await storage.removeItem(key).catch(() => undefined);
  return null;
}
