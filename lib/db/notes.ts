/**
 * Notes: on a span of the draft (W3C selectors), on a finding, or on the whole page; edits keep the earlier state
 * in history; replies are notes with a parentId. Every write is one transaction with its log event (commit()).
 */
import { describe } from '../anchor';
import { ReviewError, type RepoContext } from './context';
import { newId } from './db';
import { anchorIn, getDocument, getVersion } from './documents';
import { commit } from './log';
import { currentAuthor } from './profile';
import { mustGet, parseRows } from './reads';
import { NoteContent, NoteRow, type AnchorState, type Selectors } from './schema';

export interface Span {
  start: number;
  end: number;
  /** The text the caller sees at start..end; the write is refused when the stored version differs. */
  exact?: string;
}

export interface AddNoteInput extends NoteContent {
  documentId: string;
  /** The version the span refers to. */
  versionId: string;
  span?: Span;
  findingId?: string;
  ruleId?: string;
}

export type NotePatch = Partial<NoteContent>;

function clean(content: NoteContent): NoteContent {
  return {
    comment: content.comment,
    ...(content.category ? { category: content.category } : {}),
    ...(content.severity ? { severity: content.severity } : {}),
    ...(content.suggestion ? { suggestion: content.suggestion } : {}),
  };
}

export async function getNote({ db }: RepoContext, id: string): Promise<NoteRow> {
  return mustGet(NoteRow, await db.notes.get(id), `note ${id}`);
}

export async function addNote(ctx: RepoContext, input: AddNoteInput): Promise<NoteRow> {
  const content = NoteContent.parse(clean(input));
  if (!content.comment.trim() && !content.suggestion?.trim()) throw new ReviewError('bad-input', 'empty note');
  return commit(ctx.db, async () => {
    const doc = await getDocument(ctx, input.documentId);
    const version = await getVersion(ctx, input.versionId);
    if (version.documentId !== doc.id) throw new ReviewError('bad-input', 'version of another document');
    let target: Selectors | undefined;
    let anchorState: AnchorState | undefined;
    if (input.span) {
      const { start, end, exact } = input.span;
      if (!(start >= 0 && end > start && end <= version.text.length)) throw new ReviewError('bad-input', 'span outside the text');
      if (exact !== undefined && version.text.slice(start, end) !== exact)
        throw new ReviewError('quote-mismatch', 'the text at the span differs from the stored version; recognise the document again');
      target = describe(version.text, start, end);
      anchorState =
        version.id === doc.latestVersionId
          ? { versionId: version.id, status: 'anchored', selector: target, method: 'created', score: 1 }
          : anchorIn(await getVersion(ctx, doc.latestVersionId), target);
    }
    const at = ctx.clock();
    const author = await currentAuthor(ctx);
    const note: NoteRow = {
      id: newId(),
      rev: 0,
      documentId: doc.id,
      versionId: version.id,
      ...content,
      ...(input.findingId ? { findingId: input.findingId } : {}),
      ...(input.ruleId ? { ruleId: input.ruleId } : {}),
      ...(target ? { target } : {}),
      ...(anchorState ? { anchor: anchorState } : {}),
      author,
      createdAt: at,
      updatedAt: at,
      history: [],
    };
    return {
      type: 'note.add',
      actor: author,
      at,
      documentId: doc.id,
      entityId: note.id,
      data: { ...content, versionId: version.id, findingId: input.findingId, quote: target?.[0].exact },
      puts: [{ t: 'notes', row: note }],
      expect: [{ t: 'notes', id: note.id, rev: undefined }],
      result: note,
    };
  });
}

export async function editNote(ctx: RepoContext, id: string, patch: NotePatch): Promise<NoteRow> {
  return commit(ctx.db, async () => {
    const prev = await getNote(ctx, id);
    const before = clean(prev);
    const next = NoteContent.parse(clean({ ...before, ...patch }));
    const changed = Object.fromEntries(
      (['comment', 'category', 'severity', 'suggestion'] as const)
        .filter((k) => next[k] !== before[k])
        .map((k) => [k, next[k] ?? null]),
    );
    if (Object.keys(changed).length === 0) return { skip: true, result: prev };
    const at = ctx.clock();
    const author = await currentAuthor(ctx);
    const { comment: _c, category: _g, severity: _s, suggestion: _u, ...rest } = prev;
    const note: NoteRow = {
      ...rest,
      ...next,
      rev: prev.rev + 1,
      updatedAt: at,
      editedBy: author,
      history: [...prev.history, { ...before, at: prev.updatedAt, author: prev.editedBy ?? prev.author }],
    };
    return {
      type: 'note.edit',
      actor: author,
      at,
      documentId: prev.documentId,
      entityId: id,
      data: { changed },
      puts: [{ t: 'notes', row: note }],
      expect: [{ t: 'notes', id, rev: prev.rev }],
      result: note,
    };
  });
}

export async function replyToNote(ctx: RepoContext, parentId: string, comment: string): Promise<NoteRow> {
  if (!comment.trim()) throw new ReviewError('bad-input', 'empty reply');
  return commit(ctx.db, async () => {
    const parent = await getNote(ctx, parentId);
    const at = ctx.clock();
    const author = await currentAuthor(ctx);
    const reply: NoteRow = {
      id: newId(),
      rev: 0,
      documentId: parent.documentId,
      versionId: parent.versionId,
      parentId: parent.parentId ?? parent.id,
      comment: NoteContent.shape.comment.parse(comment),
      author,
      createdAt: at,
      updatedAt: at,
      history: [],
    };
    return {
      type: 'note.reply',
      actor: author,
      at,
      documentId: parent.documentId,
      entityId: reply.id,
      data: { parentId: reply.parentId, comment },
      puts: [{ t: 'notes', row: reply }],
      expect: [
        { t: 'notes', id: reply.id, rev: undefined },
        { t: 'notes', id: parent.id, rev: parent.rev },
      ],
      result: reply,
    };
  });
}

/** A document's notes, oldest first (replies included; group them by parentId). */
export async function listNotes({ db }: RepoContext, documentId: string): Promise<NoteRow[]> {
  const rows = parseRows(NoteRow, await db.notes.where('documentId').equals(documentId).toArray()).rows;
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}
