/**
 * Verifying the hash chains (each event's hash, each link, no gaps) and the rows against the hashes the log
 * recorded for them. checkChains() is pure over a list of events: the import uses it on a file before writing.
 */
import type { ReviewDB } from './db';
import { GENESIS_HASH, rowHash } from './hash';
import { chainId, eventHash, type RowTable } from './log';
import { EventRow } from './schema';

export interface ChainReport {
  chain: string;
  local: boolean;
  events: number;
  ok: boolean;
  /** The first bad event and why. */
  broken?: { seq: number; reason: 'hash' | 'link' | 'gap' | 'shape' };
}

export interface RowIssue {
  t: RowTable;
  id: string;
  problem: 'tampered' | 'rolled-back' | 'missing';
}

export interface VerifyReport {
  ok: boolean;
  chains: ChainReport[];
  rowsChecked: number;
  /** Rows no event vouches for (e.g. imported from a file without their log). Not tampering by itself. */
  unlogged: number;
  rowIssues: RowIssue[];
}

export type Progress = (done: number, total: number) => void | Promise<void>;

export const ROW_TABLES = ['documents', 'versions', 'notes', 'decisions'] as const;
export type DataTable = (typeof ROW_TABLES)[number];
const isDataTable = (t: string): t is DataTable => (ROW_TABLES as readonly string[]).includes(t);

export interface LoggedRows {
  /** table:id → the hash recorded by the latest event touching the row. */
  latest: Map<string, string>;
  /** table:id → every hash ever recorded for it. */
  all: Map<string, Set<string>>;
}

export type BatchProgress = (done: number) => void | Promise<void>;

export interface ParsedEvents {
  events: EventRow[];
  /** chain → the lowest seq of an entry that does not parse (it breaks that chain). */
  malformed: Map<string, number>;
}

/** Parses stored events; the ones that do not fit the schema are remembered as breaks of their chain. */
export function parseEvents(raw: readonly unknown[]): ParsedEvents {
  const events: EventRow[] = [];
  const malformed = new Map<string, number>();
  for (const r of raw) {
    const parsed = EventRow.safeParse(r);
    if (parsed.success) events.push(parsed.data);
    else {
      const o = r !== null && typeof r === 'object' ? Object.fromEntries(Object.entries(r)) : {};
      const chain = typeof o.chain === 'string' ? o.chain : '?';
      const seq = typeof o.seq === 'number' ? o.seq : 0;
      malformed.set(chain, Math.min(seq, malformed.get(chain) ?? Infinity));
    }
  }
  return { events, malformed };
}

/** Checks every chain (events in any order) and collects the row hashes the log recorded. */
export async function checkChains({ events, malformed }: ParsedEvents, localChain: string | undefined, onBatch: BatchProgress = () => {}) {
  const chains = new Map<string, EventRow[]>();
  for (const chain of malformed.keys()) chains.set(chain, []);
  for (const ev of events) {
    const list = chains.get(ev.chain);
    if (list) list.push(ev);
    else chains.set(ev.chain, [ev]);
  }
  let done = 0;
  const reports: ChainReport[] = [];
  const latestRef = new Map<string, { at: number; h: string; local: boolean; seq: number }>();
  const all = new Map<string, Set<string>>();
  for (const [chain, list] of chains) {
    list.sort((a, b) => a.seq - b.seq);
    const local = chain === localChain;
    const report: ChainReport = { chain, local, events: list.length, ok: true };
    const badShape = malformed.get(chain);
    // each hash covers its own prevHash, so all can be computed at once; the links are then checked in order
    const hashes: string[] = [];
    for (let i = 0; i < list.length; i += 1024) {
      hashes.push(...(await Promise.all(list.slice(i, i + 1024).map(({ hash: _h, ...rest }) => eventHash(rest)))));
      done += Math.min(1024, list.length - i);
      await onBatch(done);
    }
    let prev = GENESIS_HASH;
    let expectSeq = 1;
    for (const [i, ev] of list.entries()) {
      let reason: NonNullable<ChainReport['broken']>['reason'] | undefined;
      if (badShape !== undefined && badShape <= ev.seq) reason = 'shape';
      else if (ev.seq !== expectSeq) reason = 'gap';
      else if (ev.prevHash !== prev) reason = 'link';
      else if (hashes[i] !== ev.hash) reason = 'hash';
      if (reason) {
        report.ok = false;
        report.broken = { seq: reason === 'shape' ? badShape! : ev.seq, reason };
        break;
      }
      prev = ev.hash;
      expectSeq++;
      for (const r of ev.rows) {
        const k = `${r.t}:${r.id}`;
        const cur = latestRef.get(k);
        if (!cur || ev.at > cur.at || (ev.at === cur.at && (local || !cur.local) && ev.seq >= cur.seq)) latestRef.set(k, { at: ev.at, h: r.h, local, seq: ev.seq });
        all.set(k, (all.get(k) ?? new Set()).add(r.h));
      }
    }
    if (report.ok && badShape !== undefined) {
      report.ok = false;
      report.broken = { seq: badShape, reason: 'shape' };
    }
    reports.push(report);
  }
  reports.sort((a, b) => Number(b.local) - Number(a.local) || (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  const logged: LoggedRows = { latest: new Map([...latestRef].map(([k, v]) => [k, v.h])), all };
  return { reports, logged };
}

/** Compares rows with what the log recorded; rows are hashed in parallel batches. */
export async function checkRows(
  tables: { t: DataTable; rows: readonly { id: string }[] }[],
  logged: LoggedRows,
  onBatch: BatchProgress = () => {},
): Promise<{ rowsChecked: number; unlogged: number; rowIssues: RowIssue[] }> {
  const rowIssues: RowIssue[] = [];
  let rowsChecked = 0;
  let unlogged = 0;
  const seen = new Set<string>();
  for (const { t, rows } of tables)
    for (let i = 0; i < rows.length; i += 512) {
      const batch = rows.slice(i, i + 512);
      const hashes = await Promise.all(batch.map((r) => rowHash(r)));
      batch.forEach((row, j) => {
        rowsChecked++;
        const k = `${t}:${row.id}`;
        seen.add(k);
        const want = logged.latest.get(k);
        if (want === undefined) unlogged++;
        else if (want !== hashes[j]) rowIssues.push({ t, id: row.id, problem: logged.all.get(k)?.has(hashes[j]!) ? 'rolled-back' : 'tampered' });
      });
      await onBatch(rowsChecked);
    }
  const checkedTables = new Set(tables.map((x) => x.t));
  for (const k of logged.latest.keys()) {
    const t = k.slice(0, k.indexOf(':'));
    if (isDataTable(t) && checkedTables.has(t) && !seen.has(k)) rowIssues.push({ t, id: k.slice(t.length + 1), problem: 'missing' });
  }
  return { rowsChecked, unlogged, rowIssues };
}

/** Verifies the whole database: every chain, then every row against the latest event touching it. */
export async function verifyLog(db: ReviewDB, onProgress?: Progress): Promise<VerifyReport> {
  const local = await chainId(db);
  const events = parseEvents(await db.events.toArray());
  const tables = await Promise.all(ROW_TABLES.map(async (t) => ({ t, rows: await db.table(t).toArray() })));
  const nEvents = events.events.length;
  const total = nEvents + tables.reduce((a, x) => a + x.rows.length, 0);
  const { reports, logged } = await checkChains(events, local, (d) => onProgress?.(d, total));
  const rows = await checkRows(tables, logged, (d) => onProgress?.(nEvents + d, total));
  await onProgress?.(total, total);
  return { ok: reports.every((r) => r.ok) && rows.rowIssues.length === 0, chains: reports, ...rows };
}
