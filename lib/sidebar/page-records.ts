/**
 * What is kept per page in the extension's browser.storage.local under page:<origin+path>: the corrected document
 * type. Notes and decisions live in the review database (lib/db); the ignores and notes older releases kept here
 * are read once by the sidebar, moved into the database (lib/sidebar/legacy.ts) and dropped (page.migrated).
 * Runs in the background only.
 */
import { browser } from 'wxt/browser';
import { PageRecord, pageRecordKey } from '../messaging';

const EMPTY = (): PageRecord => ({ ignored: {}, notes: {} });

export async function loadPageRecord(pageKey: string): Promise<PageRecord> {
  const key = pageRecordKey(pageKey);
  const got = await browser.storage.local.get(key);
  const parsed = PageRecord.safeParse(got[key]);
  return parsed.success ? parsed.data : EMPTY();
}

const queues = new Map<string, Promise<unknown>>();

/** Read-modify-write of one page's record, serialised per page so concurrent writes are not lost. */
export function updatePageRecord(pageKey: string, change: (r: PageRecord) => void): Promise<PageRecord> {
  const run = async () => {
    const record = await loadPageRecord(pageKey);
    change(record);
    const empty = !Object.keys(record.ignored).length && !Object.keys(record.notes).length && !record.docType;
    const key = pageRecordKey(pageKey);
    if (empty) await browser.storage.local.remove(key);
    else await browser.storage.local.set({ [key]: record });
    return record;
  };
  const prev = queues.get(pageKey) ?? Promise.resolve();
  const next = prev.then(run, run);
  const tail = next.catch(() => undefined);
  queues.set(pageKey, tail);
  void tail.then(() => {
    if (queues.get(pageKey) === tail) queues.delete(pageKey);
  });
  return next;
}
