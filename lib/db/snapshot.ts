/** Reading the whole review database at once: for the dashboard and the JSON export. Rows are parsed on read. */
import { CURRENT_DB_VERSION, type ReviewDB } from './db';
import { chainId } from './log';
import { getProfile } from './profile';
import { parseRows } from './reads';
import { DecisionRow, DocumentRow, EventRow, NoteRow, VersionRow, type Profile } from './schema';

export interface Snapshot {
  chain: string;
  dbVersion: number;
  profile?: Profile;
  documents: DocumentRow[];
  versions: VersionRow[];
  notes: NoteRow[];
  decisions: DecisionRow[];
  events: EventRow[];
  /** Rows that did not parse (shown, never silently dropped). */
  invalid: number;
}

/** A version without its text (the length instead) and fingerprint. */
export type VersionInfo = Omit<VersionRow, 'text' | 'fingerprint'> & { length: number };

export type LogSnapshot = Omit<Snapshot, 'events' | 'versions'> & { versions: VersionInfo[] };

/** Everything but version texts and events: what the review-log tab needs. */
export async function readLog(db: ReviewDB): Promise<LogSnapshot> {
  const [chain, profile, docs, versions, notes, decisions] = await Promise.all([
    chainId(db),
    getProfile({ db, clock: Date.now }),
    db.documents.toArray(),
    db.versions.toArray(),
    db.notes.toArray(),
    db.decisions.toArray(),
  ]);
  const d = parseRows(DocumentRow, docs);
  const n = parseRows(NoteRow, notes);
  const c = parseRows(DecisionRow, decisions);
  return {
    chain,
    dbVersion: CURRENT_DB_VERSION,
    ...(profile ? { profile } : {}),
    documents: d.rows,
    versions: versions.map(({ text, fingerprint: _f, ...v }) => ({ ...v, length: text.length })),
    notes: n.rows,
    decisions: c.rows,
    invalid: d.invalid + n.invalid + c.invalid,
  };
}

export async function readSnapshot(db: ReviewDB): Promise<Snapshot> {
  const [log, versions, events] = await Promise.all([readLog(db), db.versions.toArray(), db.events.toArray()]);
  const v = parseRows(VersionRow, versions);
  const e = parseRows(EventRow, events);
  e.rows.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : a.seq - b.seq));
  return { ...log, versions: v.rows, events: e.rows, invalid: log.invalid + v.invalid + e.invalid };
}

/** The most recent events, newest first (for the log tab). */
export async function recentEvents(db: ReviewDB, limit = 500): Promise<EventRow[]> {
  return parseRows(EventRow, await db.events.orderBy('at').reverse().limit(limit).toArray()).rows;
}
