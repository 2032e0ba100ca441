/**
 * The append-only, hash-chained event log, and the one way to write: commit().
 *
 * commit(db, build) runs build() (reads, hashing — anything async) outside the transaction, seals the event
 * (seq = tail + 1, prevHash = tail's hash, hash = SHA-256(prevHash + canonical JSON)), then opens ONE rw
 * transaction that checks nothing moved meanwhile (the chain's tail, the revs of the rows it read), writes the rows
 * and appends the event. If something moved (another tab, the background), it rebuilds and tries again.
 * crypto.subtle cannot be awaited inside an IndexedDB transaction (it would auto-commit), hence this shape.
 */
import Dexie from 'dexie';
import type { ReviewDB } from './db';
import { newId } from './db';
import { GENESIS_HASH, canonicalJson, rowHash, sha256Hex } from './hash';
import { EventRow, type Author, type EventType, type RowRef } from './schema';

export type RowTable = 'documents' | 'versions' | 'notes' | 'decisions' | 'meta';

export interface RowPut {
  t: RowTable;
  row: { id: string } | { key: string; value: unknown };
}

export interface WriteSpec<R> {
  type: EventType;
  actor: Author;
  at: number;
  documentId?: string;
  entityId?: string;
  data: Record<string, unknown>;
  puts: RowPut[];
  /** Rows whose hash the event should not carry (bulk imports: their own chain vouches for them). */
  unhashed?: RowPut[];
  /** Optimistic checks: each row must still have this rev (undefined: must not exist yet). */
  expect?: { t: Exclude<RowTable, 'meta'>; id: string; rev: number | undefined }[];
  result: R;
}

/** Nothing to write after all (e.g. the version is already known): the result, no event. */
export interface NoWrite<R> {
  skip: true;
  result: R;
}

export class WriteConflict extends Error {}

const queues = new WeakMap<ReviewDB, Promise<unknown>>();

/** Serialises writes from this JS context; across contexts the optimistic check does the job. */
function enqueue<R>(db: ReviewDB, job: () => Promise<R>): Promise<R> {
  const prev = queues.get(db) ?? Promise.resolve();
  const next = prev.then(job, job);
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/** This installation's chain id (created with the database; created here for databases from before chains). */
export async function chainId(db: ReviewDB): Promise<string> {
  const row = await db.meta.get('chain');
  if (row && typeof row.value === 'string') return row.value;
  return db.transaction('rw', db.meta, async () => {
    const again = await db.meta.get('chain');
    if (again && typeof again.value === 'string') return again.value;
    const id = newId();
    await db.meta.put({ key: 'chain', value: id });
    return id;
  });
}

export function tailOf(db: ReviewDB, chain: string): Promise<EventRow | undefined> {
  return db.events.where('[chain+seq]').between([chain, Dexie.minKey], [chain, Dexie.maxKey]).last();
}

export function eventHash(ev: Omit<EventRow, 'hash'>): Promise<string> {
  return sha256Hex(`${ev.prevHash}\n${canonicalJson(ev)}`);
}

function keyOf(p: RowPut): string {
  return 'id' in p.row ? p.row.id : p.row.key;
}

const MAX_ATTEMPTS = 8;

export function commit<R>(db: ReviewDB, build: () => Promise<WriteSpec<R> | NoWrite<R>>): Promise<R> {
  return enqueue(db, async () => {
    const chain = await chainId(db);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const spec = await build();
      if ('skip' in spec) return spec.result;
      const tail = await tailOf(db, chain);
      const rows: RowRef[] = await Promise.all(spec.puts.map(async (p) => ({ t: p.t, id: keyOf(p), h: await rowHash(p.row) })));
      const draft: Omit<EventRow, 'hash'> = {
        chain,
        seq: (tail?.seq ?? 0) + 1,
        id: newId(),
        at: spec.at,
        type: spec.type,
        actor: spec.actor,
        ...(spec.documentId ? { documentId: spec.documentId } : {}),
        ...(spec.entityId ? { entityId: spec.entityId } : {}),
        data: spec.data,
        rows,
        prevHash: tail?.hash ?? GENESIS_HASH,
      };
      const event: EventRow = { ...draft, hash: await eventHash(draft) };
      const all = [...spec.puts, ...(spec.unhashed ?? [])];
      const tables = new Set<RowTable>(all.map((p) => p.t));
      for (const e of spec.expect ?? []) tables.add(e.t);
      try {
        await db.transaction('rw', [db.events, ...[...tables].map((t) => db.table(t))], async () => {
          const now = await tailOf(db, chain);
          if ((now?.seq ?? 0) !== (tail?.seq ?? 0)) throw new WriteConflict('log moved');
          for (const e of spec.expect ?? []) {
            const cur: unknown = await db.table(e.t).get(e.id);
            const rev = cur && typeof cur === 'object' && 'rev' in cur && typeof cur.rev === 'number' ? cur.rev : undefined;
            if (rev !== e.rev) throw new WriteConflict(`${e.t}/${e.id} moved`);
          }
          const byTable = new Map<RowTable, RowPut['row'][]>();
          for (const p of all) byTable.set(p.t, [...(byTable.get(p.t) ?? []), p.row]);
          for (const [t, list] of byTable) await db.table(t).bulkPut(list);
          await db.events.add(event);
        });
        return spec.result;
      } catch (err) {
        if (!(err instanceof WriteConflict)) throw err;
      }
    }
    throw new WriteConflict('the database kept changing; try again');
  });
}

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
  /** Rows no event vouches for (e.g. imported without their log). Not tampering by itself. */
  unlogged: number;
  rowIssues: RowIssue[];
}

type Progress = (done: number, total: number) => void;

const ROW_TABLES = ['documents', 'versions', 'notes', 'decisions'] as const;
type RowOnlyTable = (typeof ROW_TABLES)[number];
const isRowTable = (t: string): t is RowOnlyTable => (ROW_TABLES as readonly string[]).includes(t);

/**
 * Verifies every chain (each event's hash, each link to the previous one, no gaps) and then every row against
 * the hash the latest event touching it recorded.
 */
export async function verifyLog(db: ReviewDB, onProgress?: Progress): Promise<VerifyReport> {
  const local = await chainId(db);
  const rawEvents = await db.events.toArray();
  const counts = await Promise.all(ROW_TABLES.map((t) => db.table(t).count()));
  const total = rawEvents.length + counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const tick = () => {
    done++;
    if (onProgress && done % 500 === 0) onProgress(done, total);
  };

  const chains = new Map<string, EventRow[]>();
  const reports: ChainReport[] = [];
  const bad = new Map<string, ChainReport>();
  for (const raw of rawEvents) {
    const parsed = EventRow.safeParse(raw);
    if (!parsed.success) {
      const chain = raw && typeof raw.chain === 'string' ? raw.chain : '?';
      const seq = raw && typeof raw.seq === 'number' ? raw.seq : 0;
      if (!bad.has(chain)) bad.set(chain, { chain, local: chain === local, events: 0, ok: false, broken: { seq, reason: 'shape' } });
      continue;
    }
    chains.set(parsed.data.chain, [...(chains.get(parsed.data.chain) ?? []), parsed.data]);
  }

  const latest = new Map<string, { at: number; h: string; local: boolean; seq: number }>();
  const logged = new Map<string, Set<string>>();
  for (const [chain, list] of chains) {
    list.sort((a, b) => a.seq - b.seq);
    const report: ChainReport = bad.get(chain) ?? { chain, local: chain === local, events: list.length, ok: true };
    report.events = list.length;
    let prev = GENESIS_HASH;
    let expectSeq = 1;
    for (const ev of list) {
      tick();
      if (!report.ok && report.broken && report.broken.seq <= ev.seq) break;
      const { hash, ...rest } = ev;
      let reason: NonNullable<ChainReport['broken']>['reason'] | undefined;
      if (ev.seq !== expectSeq) reason = 'gap';
      else if (ev.prevHash !== prev) reason = 'link';
      else if ((await eventHash(rest)) !== hash) reason = 'hash';
      if (reason) {
        report.ok = false;
        report.broken = { seq: ev.seq, reason };
        break;
      }
      prev = hash;
      expectSeq++;
      for (const r of ev.rows) {
        const k = `${r.t}:${r.id}`;
        const cur = latest.get(k);
        const isLocal = chain === local;
        if (!cur || ev.at > cur.at || (ev.at === cur.at && (isLocal || !cur.local) && ev.seq >= cur.seq))
          latest.set(k, { at: ev.at, h: r.h, local: isLocal, seq: ev.seq });
        logged.set(k, (logged.get(k) ?? new Set()).add(r.h));
      }
    }
    reports.push(report);
  }
  for (const [chain, r] of bad) if (!chains.has(chain)) reports.push(r);

  const rowIssues: RowIssue[] = [];
  let rowsChecked = 0;
  let unlogged = 0;
  const seen = new Set<string>();
  for (const t of ROW_TABLES) {
    const rows: { id: string }[] = await db.table(t).toArray();
    for (let i = 0; i < rows.length; i += 256) {
      const batch = rows.slice(i, i + 256);
      const hashes = await Promise.all(batch.map((r) => rowHash(r)));
      batch.forEach((row, j) => {
        tick();
        rowsChecked++;
        const k = `${t}:${row.id}`;
        seen.add(k);
        const want = latest.get(k);
        if (!want) unlogged++;
        else if (want.h !== hashes[j]) rowIssues.push({ t, id: row.id, problem: logged.get(k)?.has(hashes[j]!) ? 'rolled-back' : 'tampered' });
      });
    }
  }
  for (const k of latest.keys()) {
    const t = k.slice(0, k.indexOf(':'));
    if (isRowTable(t) && !seen.has(k)) rowIssues.push({ t, id: k.slice(t.length + 1), problem: 'missing' });
  }
  onProgress?.(total, total);
  reports.sort((a, b) => Number(b.local) - Number(a.local) || a.chain.localeCompare(b.chain));
  return { ok: reports.every((r) => r.ok) && rowIssues.length === 0, chains: reports, rowsChecked, unlogged, rowIssues };
}
