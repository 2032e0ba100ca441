/**
 * Documents and their versions: recognising a draft across visits and versions, and re-anchoring its notes and
 * decisions when a new version appears.
 *
 * recognizeDocument(url, text, meta):
 *   1. the exact text was seen before → that version (no write);
 *   2. otherwise the best existing document by, in order: the same 文号 (a real one: 〔year〕n号), a MinHash
 *      similarity ≥ SIMILAR, or the same URL / title with similarity ≥ RELATED → a new version of it, and every
 *      note and decision re-anchored to the new text (orphans kept, with their quote);
 *   3. otherwise a new document with version 1.
 */
import { anchor, describe, quoteSelector, type Selector } from '../anchor';
import { hashText, minhash, similarity } from '../fingerprint';
import { ReviewError, type RepoContext } from './context';
import { newId } from './db';
import { commit, type RowPut } from './log';
import { currentAuthor } from './profile';
import { mustGet, parseRows } from './reads';
import { AnchorState, DecisionRow, DocumentRow, NoteRow, VersionRow, type Selectors } from './schema';

export const SIMILAR = 0.75;
export const RELATED = 0.3;

export interface RecognizeInput {
  url: string;
  text: string;
  title?: string;
  docNumber?: string;
  issuer?: string;
  docType?: string;
}

export type MatchedBy = VersionRow['matchedBy'];

export interface Recognized {
  document: DocumentRow;
  version: VersionRow;
  /** What this call created: nothing (a known version), a new version of a known document, or a new document. */
  created: 'none' | 'version' | 'document';
  matchedBy: MatchedBy | 'text';
  similarity?: number;
  /** The document's notes and decisions, anchored in `version` (computed in memory when it is not the latest). */
  notes: NoteRow[];
  decisions: DecisionRow[];
}

/** A real 文号 (year in brackets, a number, 号), normalised; placeholders like 〔2024〕 号 do not count. */
export function normalizeDocNumber(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.replace(/\s+/g, '').replace(/[[［【(（]/g, '〔').replace(/[\]］】)）]/g, '〕');
  return /〔\d{4}〕\d+号$/.test(t) ? t : undefined;
}

function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return u.origin + u.pathname + u.search;
  } catch {
    return url;
  }
}

/** Anchors selectors in a version's text: anchored with fresh selectors, or an orphan. */
export function anchorIn(version: Pick<VersionRow, 'id' | 'text'>, selectors: readonly Selector[]): AnchorState {
  const m = anchor(version.text, selectors);
  if (!m) return { versionId: version.id, status: 'orphan' };
  return { versionId: version.id, status: 'anchored', selector: describe(version.text, m.start, m.end), method: m.method, score: m.score };
}

/** The selectors to re-anchor from: the latest successful anchor, else the original target. */
export function currentSelectors(row: { target?: Selectors; anchor?: AnchorState }): Selectors | undefined {
  return row.anchor?.status === 'anchored' && row.anchor.selector ? row.anchor.selector : row.target;
}

/** Rows with their anchor for `version` (stored when it is the anchored version, computed otherwise). */
export function anchoredFor<T extends { target?: Selectors; anchor?: AnchorState }>(rows: T[], version: Pick<VersionRow, 'id' | 'text'>): T[] {
  return rows.map((r) => {
    const sel = currentSelectors(r);
    if (!sel || r.anchor?.versionId === version.id) return r;
    return { ...r, anchor: anchorIn(version, sel) };
  });
}

interface Candidate {
  doc: DocumentRow;
  by: Exclude<MatchedBy, 'new' | 'migration'>;
  rank: number;
  sim: number;
}

function bestCandidate(docs: DocumentRow[], input: RecognizeInput, fp: number[]): Candidate | undefined {
  const num = normalizeDocNumber(input.docNumber);
  const url = urlKey(input.url);
  const title = input.title?.trim();
  let best: Candidate | undefined;
  for (const doc of docs) {
    const sim = similarity(fp, doc.fingerprint);
    let c: Candidate | undefined;
    if (num && normalizeDocNumber(doc.docNumber) === num) c = { doc, by: 'docNumber', rank: 3, sim };
    else if (sim >= SIMILAR) c = { doc, by: 'fingerprint', rank: 2, sim };
    else if (sim >= RELATED && url && urlKey(doc.url) === url) c = { doc, by: 'url', rank: 1, sim };
    else if (sim >= RELATED && title && doc.title?.trim() === title) c = { doc, by: 'title', rank: 1, sim };
    if (c && (!best || c.rank > best.rank || (c.rank === best.rank && c.sim > best.sim))) best = c;
  }
  return best;
}

export async function listDocuments({ db }: RepoContext): Promise<DocumentRow[]> {
  return parseRows(DocumentRow, await db.documents.orderBy('updatedAt').reverse().toArray()).rows;
}

export async function getDocument({ db }: RepoContext, id: string): Promise<DocumentRow> {
  return mustGet(DocumentRow, await db.documents.get(id), `document ${id}`);
}

export async function getVersion({ db }: RepoContext, id: string): Promise<VersionRow> {
  return mustGet(VersionRow, await db.versions.get(id), `version ${id}`);
}

export async function listVersions({ db }: RepoContext, documentId: string): Promise<VersionRow[]> {
  const rows = await db.versions.where('[documentId+n]').between([documentId, 0], [documentId, Infinity]).toArray();
  return parseRows(VersionRow, rows).rows;
}

async function notesAndDecisions({ db }: RepoContext, documentId: string) {
  const notes = parseRows(NoteRow, await db.notes.where('documentId').equals(documentId).toArray()).rows;
  const decisions = parseRows(DecisionRow, await db.decisions.where('documentId').equals(documentId).toArray()).rows;
  return { notes, decisions };
}

export async function recognizeDocument(ctx: RepoContext, input: RecognizeInput): Promise<Recognized> {
  if (!input.text.trim()) throw new ReviewError('bad-input', 'empty text');
  const { db } = ctx;
  const textHash = hashText(input.text);
  return commit<Recognized>(db, async () => {
    const known = (await db.versions.where('textHash').equals(textHash).toArray()).find((v) => v.text === input.text);
    if (known) {
      const version = mustGet(VersionRow, known, 'version');
      const document = await getDocument(ctx, version.documentId);
      const { notes, decisions } = await notesAndDecisions(ctx, document.id);
      return {
        skip: true as const,
        result: {
          document,
          version,
          created: 'none' as const,
          matchedBy: 'text' as const,
          notes: anchoredFor(notes, version),
          decisions: anchoredFor(decisions, version),
        },
      };
    }

    const at = ctx.clock();
    const author = await currentAuthor(ctx);
    const fp = minhash(input.text);
    const docs = parseRows(DocumentRow, await db.documents.toArray()).rows;
    const match = bestCandidate(docs, input, fp);
    const meta = {
      url: input.url,
      ...(input.title ? { title: input.title } : {}),
      ...(input.docNumber ? { docNumber: input.docNumber } : {}),
    };

    if (!match) {
      const documentId = newId();
      const version: VersionRow = { id: newId(), documentId, n: 1, text: input.text, textHash, fingerprint: fp, createdAt: at, author, matchedBy: 'new', ...meta };
      const document: DocumentRow = {
        id: documentId,
        rev: 0,
        ...meta,
        ...(input.issuer ? { issuer: input.issuer } : {}),
        ...(input.docType ? { docType: input.docType } : {}),
        createdAt: at,
        updatedAt: at,
        latestVersionId: version.id,
        versionCount: 1,
        fingerprint: fp,
      };
      return {
        type: 'document.create',
        actor: author,
        at,
        documentId,
        entityId: version.id,
        data: { url: input.url, title: input.title, docNumber: input.docNumber, versionId: version.id, n: 1, length: input.text.length },
        puts: [
          { t: 'documents', row: document },
          { t: 'versions', row: version },
        ],
        expect: [{ t: 'documents', id: documentId, rev: undefined }],
        result: { document, version, created: 'document' as const, matchedBy: 'new' as const, notes: [], decisions: [] },
      };
    }

    const prev = match.doc;
    const version: VersionRow = {
      id: newId(),
      documentId: prev.id,
      n: prev.versionCount + 1,
      text: input.text,
      textHash,
      fingerprint: fp,
      createdAt: at,
      author,
      matchedBy: match.by,
      similarity: match.sim,
      ...meta,
    };
    const document: DocumentRow = {
      ...prev,
      ...meta,
      ...(input.issuer ? { issuer: input.issuer } : {}),
      ...(input.docType ? { docType: input.docType } : {}),
      rev: prev.rev + 1,
      updatedAt: at,
      latestVersionId: version.id,
      versionCount: version.n,
      fingerprint: fp,
    };
    const { notes, decisions } = await notesAndDecisions(ctx, prev.id);
    const counts = { anchored: 0, fuzzy: 0, orphan: 0 };
    const reanchor = <T extends { rev: number; target?: Selectors; anchor?: AnchorState }>(row: T): T => {
      const sel = currentSelectors(row);
      if (!sel) return row;
      const a = anchorIn(version, sel);
      // an orphan gets another chance from its original quote
      const fresh = a.status === 'orphan' && row.target && sel !== row.target ? anchorIn(version, row.target) : a;
      counts[fresh.status === 'orphan' ? 'orphan' : fresh.method === 'fuzzy' ? 'fuzzy' : 'anchored']++;
      return { ...row, rev: row.rev + 1, anchor: fresh };
    };
    const newNotes = notes.map((n) => (currentSelectors(n) ? reanchor(n) : n));
    const newDecisions = decisions.map(reanchor);
    const changedNotes = newNotes.filter((n, i) => n !== notes[i]);
    const puts: RowPut[] = [
      { t: 'documents', row: document },
      { t: 'versions', row: version },
      ...changedNotes.map((row): RowPut => ({ t: 'notes', row })),
      ...newDecisions.map((row): RowPut => ({ t: 'decisions', row })),
    ];
    return {
      type: 'version.create',
      actor: author,
      at,
      documentId: prev.id,
      entityId: version.id,
      data: {
        versionId: version.id,
        n: version.n,
        matchedBy: match.by,
        similarity: match.sim,
        url: input.url,
        title: input.title,
        docNumber: input.docNumber,
        length: input.text.length,
        reanchored: counts,
      },
      puts,
      expect: [
        { t: 'documents', id: prev.id, rev: prev.rev },
        ...notes.map((n) => ({ t: 'notes' as const, id: n.id, rev: n.rev })),
        ...decisions.map((d) => ({ t: 'decisions' as const, id: d.id, rev: d.rev })),
      ],
      result: { document, version, created: 'version' as const, matchedBy: match.by, similarity: match.sim, notes: newNotes, decisions: newDecisions },
    };
  });
}

/** The quote a note or decision was written on (what an orphan keeps). */
export function originalQuote(row: { target?: Selectors }): string | undefined {
  return row.target ? quoteSelector(row.target)?.exact : undefined;
}
