/**
 * The review database (Dexie, extension origin only: the background and the dashboard open it; a content script
 * never does, or the page could read the notes). Every schema version is declared here, in order, with its upgrade.
 * A new version never rewrites the event log: the hash chain must still verify after any upgrade; the upgrade
 * records what it did in meta 'pendingMigrations', and openReviewDb() logs it as a 'schema.upgrade' event.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { anchor, describe } from '../anchor';
import { hashText, minhash } from '../fingerprint';
import type { DecisionRow, DocumentRow, EventRow, MetaRow, NoteRow, VersionRow } from './schema';

export const DB_NAME = 'fashen-review';

/** v1 (0.1): documents kept their text; notes had flat quote/prefix/suffix/start/end and reviewer/department strings. */
export const SCHEMA_V1 = {
  documents: 'id, url, docNumber, updatedAt',
  notes: 'id, documentId, createdAt',
  events: '[chain+seq], at, type',
  meta: 'key',
} as const;

/**
 * v2: versions and decisions; notes carry W3C selectors, an anchor state, replies and history. Only the indexes
 * the code queries (the dashboard filters in memory): each extra index made a 100,000-note import slower.
 */
export const SCHEMA_V2 = {
  documents: 'id, updatedAt',
  versions: 'id, documentId, [documentId+n], textHash',
  notes: 'id, documentId',
  decisions: 'id, documentId, [documentId+findingId]',
  events: '[chain+seq], at, entityId',
  meta: 'key',
} as const;

export const CURRENT_DB_VERSION = 2;

export interface MigrationRecord {
  from: number;
  to: number;
  at: number;
  counts: Record<string, number>;
  rows: { t: 'documents' | 'versions' | 'notes'; id: string }[];
}

export function newId(): string {
  return crypto.randomUUID();
}

export class ReviewDB extends Dexie {
  documents!: Table<DocumentRow, string>;
  versions!: Table<VersionRow, string>;
  notes!: Table<NoteRow, string>;
  decisions!: Table<DecisionRow, string>;
  events!: Table<EventRow, [string, number]>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
    this.on('populate', (tx) => {
      tx.table('meta').add({ key: 'chain', value: newId() });
    });
  }
}

/** Loose reads of v1 rows (structure not guaranteed: this is data from an older release). */
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}
function rec(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v)) : {};
}

async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const now = Date.now();
  const rows: MigrationRecord['rows'] = [];
  const texts = new Map<string, { versionId: string; text: string }>();
  const documents = tx.table('documents');
  for (const raw of await documents.toArray()) {
    const d = rec(raw);
    const id = String(d.id);
    const text = str(d.text) ?? '';
    const createdAt = num(d.createdAt, now);
    const version: VersionRow = {
      id: newId(),
      documentId: id,
      n: 1,
      text,
      textHash: hashText(text),
      fingerprint: minhash(text),
      url: str(d.url) ?? '',
      title: str(d.title),
      docNumber: str(d.docNumber),
      createdAt,
      matchedBy: 'migration',
    };
    await tx.table('versions').add(version);
    texts.set(id, { versionId: version.id, text });
    const doc: DocumentRow = {
      id,
      rev: 0,
      url: version.url,
      title: version.title,
      docNumber: version.docNumber,
      createdAt,
      updatedAt: num(d.updatedAt, createdAt),
      latestVersionId: version.id,
      versionCount: 1,
      fingerprint: version.fingerprint,
    };
    await documents.put(doc);
    rows.push({ t: 'versions', id: version.id }, { t: 'documents', id });
  }

  const notes = tx.table('notes');
  for (const raw of await notes.toArray()) {
    const n = rec(raw);
    const id = String(n.id);
    const doc = texts.get(String(n.documentId));
    if (!doc) continue; // a note of a missing document: kept as it was, reported by the dashboard as unreadable
    const quote = str(n.quote) ?? '';
    const start = num(n.start, 0);
    const end = num(n.end, start + quote.length);
    const createdAt = num(n.createdAt, now);
    const note: NoteRow = {
      id,
      rev: 0,
      documentId: String(n.documentId),
      versionId: doc.versionId,
      comment: str(n.comment) ?? '',
      category: str(n.category),
      severity: n.severity === 'error' || n.severity === 'warning' || n.severity === 'info' ? n.severity : undefined,
      suggestion: str(n.suggestion),
      findingId: str(n.findingId),
      author: { name: str(n.reviewer) ?? '', department: str(n.department) ?? '' },
      createdAt,
      updatedAt: num(n.updatedAt, createdAt),
      history: [],
    };
    if (quote) {
      note.target = [
        { type: 'TextQuoteSelector', exact: quote, prefix: str(n.prefix) ?? '', suffix: str(n.suffix) ?? '' },
        { type: 'TextPositionSelector', start, end },
      ];
      const m = anchor(doc.text, note.target);
      note.anchor = m
        ? {
            versionId: doc.versionId,
            status: 'anchored',
            method: m.method,
            score: m.score,
            selector: describe(doc.text, m.start, m.end),
          }
        : { versionId: doc.versionId, status: 'orphan' };
    }
    await notes.put(note);
    rows.push({ t: 'notes', id });
  }

  const meta = tx.table('meta');
  const pending = rec(await meta.get('pendingMigrations')).value;
  const list: MigrationRecord[] = Array.isArray(pending) ? pending : [];
  list.push({ from: 1, to: 2, at: now, counts: { documents: texts.size, notes: rows.filter((r) => r.t === 'notes').length }, rows });
  await meta.put({ key: 'pendingMigrations', value: list });
}
