/**
 * The service the background (and the dashboard) call: every repository function bound to one database and clock.
 *
 *   const service = createReviewService(await openReviewDb());
 *   const r = await service.recognizeDocument({ url, text, title, docNumber });   // → document, version, notes
 *   await service.addNote({ documentId: r.document.id, versionId: r.version.id, span: { start, end, exact }, comment });
 */
import type { Clock, RepoContext } from './context';
import type { ReviewDB } from './db';
import { decide, findDecision, listDecisions, type DecideInput } from './decisions';
import { anchoredFor, getDocument, getVersion, listDocuments, listVersions, recognizeDocument, type RecognizeInput } from './documents';
import { verifyLog } from './verify';
import { addNote, editNote, getNote, listNotes, replyToNote, type AddNoteInput, type NotePatch } from './notes';
import { getProfile, setProfile } from './profile';
import type { DecisionRow, DocumentRow, NoteRow, Profile, VersionRow } from './schema';

export type VersionSummary = Omit<VersionRow, 'text' | 'fingerprint'> & { length: number };

export interface DocumentReview {
  document: DocumentRow;
  versions: VersionSummary[];
  /** Anchored in the requested version (default: the latest). */
  versionId: string;
  notes: NoteRow[];
  decisions: DecisionRow[];
}

export function summarizeVersion({ text, fingerprint: _f, ...v }: VersionRow): VersionSummary {
  return { ...v, length: text.length };
}

export function createReviewService(db: ReviewDB, options: { clock?: Clock } = {}) {
  const ctx: RepoContext = { db, clock: options.clock ?? Date.now };
  return {
    db,
    recognizeDocument: (input: RecognizeInput) => recognizeDocument(ctx, input),
    addNote: (input: AddNoteInput) => addNote(ctx, input),
    editNote: (id: string, patch: NotePatch) => editNote(ctx, id, patch),
    replyToNote: (parentId: string, comment: string) => replyToNote(ctx, parentId, comment),
    getNote: (id: string) => getNote(ctx, id),
    decide: (input: DecideInput) => decide(ctx, input),
    findDecision: (documentId: string, findingId: string) => findDecision(ctx, documentId, findingId),
    getProfile: () => getProfile(ctx),
    setProfile: (p: Profile) => setProfile(ctx, p),
    listDocuments: () => listDocuments(ctx),
    verifyLog: (onProgress?: (done: number, total: number) => void) => verifyLog(db, onProgress),
    async listForDocument(documentId: string, versionId?: string): Promise<DocumentReview> {
      const document = await getDocument(ctx, documentId);
      const version = await getVersion(ctx, versionId ?? document.latestVersionId);
      const [versions, notes, decisions] = await Promise.all([listVersions(ctx, documentId), listNotes(ctx, documentId), listDecisions(ctx, documentId)]);
      return {
        document,
        versions: versions.map(summarizeVersion),
        versionId: version.id,
        notes: anchoredFor(notes, version),
        decisions: anchoredFor(decisions, version),
      };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
