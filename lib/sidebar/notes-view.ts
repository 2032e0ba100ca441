/** The notes panel's view of a document's notes: top-level notes with their replies, by where they sit now. */
import type { NoteRow } from '../db/schema';

export interface NoteAuthor {
  name: string;
  department: string;
}

export interface NoteReplyView {
  id: string;
  comment: string;
  author: NoteAuthor;
  at: number;
}

export interface NoteView {
  id: string;
  comment: string;
  /** The text it is anchored on now; for an orphan, the quote it was written on (target[0].exact). */
  quote?: string;
  /** anchored: found in the current version; orphan: its quote is gone (kept, never dropped); page: on the whole draft. */
  place: 'anchored' | 'orphan' | 'page';
  findingId?: string;
  author: NoteAuthor;
  at: number;
  edited: boolean;
  replies: NoteReplyView[];
}

/** `lost`: notes whose quote the reviewer has typed away since the database anchored them (shown as orphans). */
export function noteViews(rows: readonly NoteRow[], lost: readonly string[] = []): NoteView[] {
  const gone = new Set(lost);
  const replies = new Map<string, NoteReplyView[]>();
  for (const r of rows) {
    if (!r.parentId) continue;
    const list = replies.get(r.parentId) ?? [];
    list.push({ id: r.id, comment: r.comment, author: r.author, at: r.createdAt });
    replies.set(r.parentId, list);
  }
  const out: (NoteView & { pos: number; created: number })[] = [];
  for (const n of rows) {
    if (n.parentId) continue;
    const anchored = n.anchor?.status === 'anchored' ? n.anchor.selector?.[0].exact : undefined;
    const place = !n.target ? 'page' : n.anchor?.status === 'orphan' || gone.has(n.id) ? 'orphan' : 'anchored';
    out.push({
      id: n.id,
      comment: n.comment,
      quote: place === 'orphan' ? n.target?.[0].exact : (anchored ?? n.target?.[0].exact),
      place,
      ...(n.findingId ? { findingId: n.findingId } : {}),
      author: n.editedBy ?? n.author,
      at: n.updatedAt,
      edited: n.history.length > 0,
      replies: (replies.get(n.id) ?? []).sort((a, b) => a.at - b.at),
      pos: place === 'anchored' ? (n.anchor?.selector?.[1].start ?? 0) : -1,
      created: n.createdAt,
    });
  }
  // in the order of the text (notes on the whole draft first), then as written
  return out.sort((a, b) => a.pos - b.pos || a.created - b.created).map(({ pos: _p, created: _c, ...v }) => v);
}
