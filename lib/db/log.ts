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
  /** Events of other chains to store as they are (imports). */
  foreignEvents?: EventRow[];
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
          for (const p of all) {
            const list = byTable.get(p.t);
            if (list) list.push(p.row);
            else byTable.set(p.t, [p.row]);
          }
          for (const [t, list] of byTable) await db.table(t).bulkPut(list);
          if (spec.foreignEvents?.length) await db.events.bulkAdd(spec.foreignEvents);
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
