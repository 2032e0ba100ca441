import { useState } from 'react';
import type { NoteView } from '../lib/sidebar/notes-view';
import type { TextSpan } from '../lib/sidebar/selection';
import { NoteItem } from './NoteItem';
import { useStrings } from './strings';

export interface NotesPanelProps {
  notes: NoteView[];
  /** `note:<id>` of the note whose underline was clicked or revealed. */
  selectedId?: string;
  /** Reads the editor's selection (absent: no database, no notes). */
  onCapture?(): TextSpan | undefined;
  onAdd?(span: TextSpan, comment: string): void;
  onReveal?(id: string): void;
  onEdit?(id: string, comment: string): void;
  onReply?(id: string, comment: string): void;
}

/**
 * The document's notes: "批注选中文字" adds one on the editor's selection; notes found in the current text are
 * listed in text order; notes whose quote is gone are kept, with that quote, under "无法定位的批注".
 */
export function NotesPanel({ notes, selectedId, onCapture, onAdd, onReveal, onEdit, onReply }: NotesPanelProps) {
  const t = useStrings();
  const [draft, setDraft] = useState<TextSpan | undefined>();
  const [comment, setComment] = useState('');
  const [hint, setHint] = useState(false);
  if (!onCapture && !notes.length) return null;
  const placed = notes.filter((n) => n.place !== 'orphan');
  const orphans = notes.filter((n) => n.place === 'orphan');
  const item = (n: NoteView) => (
    <NoteItem key={n.id} note={n} selected={selectedId === `note:${n.id}`} onReveal={onReveal} onEdit={onEdit} onReply={onReply} />
  );
  return (
    <section className="fs-notes" data-testid="notes" aria-labelledby="fs-notes-title">
      <div className="fs-notes-head">
        <h3 id="fs-notes-title" className="fs-group-title">
          {t.notesTitle} <span className="fs-muted">{notes.length}</span>
        </h3>
        {onCapture && (
          <button
            type="button"
            data-testid="note-selection"
            title={t.noteSelectionTitle}
            // keep the editor's selection (and focus) where it is
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              const span = onCapture();
              setHint(!span);
              setDraft(span);
              setComment('');
            }}
          >
            {t.noteSelection}
          </button>
        )}
      </div>
      {hint && (
        <p className="fs-muted" role="status">
          {t.noteSelectFirst}
        </p>
      )}
      {draft && (
        <form
          className="fs-form"
          data-testid="selection-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!comment.trim()) return;
            onAdd?.(draft, comment);
            setDraft(undefined);
          }}
        >
          <blockquote className="fs-quote">{draft.exact}</blockquote>
          <textarea aria-label={t.noteComment} placeholder={t.notePlaceholder} value={comment} rows={3} onChange={(e) => setComment(e.target.value)} />
          <div className="fs-actions">
            <button type="submit" className="fs-primary" disabled={!comment.trim()}>
              {t.noteAdd}
            </button>
            <button type="button" onClick={() => setDraft(undefined)}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
      {placed.length > 0 && <ul className="fs-note-list">{placed.map(item)}</ul>}
      {orphans.length > 0 && (
        <section className="fs-orphans" data-testid="orphans" aria-labelledby="fs-orphans-title">
          <h4 id="fs-orphans-title">
            {t.orphansTitle} <span className="fs-muted">{orphans.length}</span>
          </h4>
          <p className="fs-muted fs-small">{t.orphansHint}</p>
          <ul className="fs-note-list">{orphans.map(item)}</ul>
        </section>
      )}
    </section>
  );
}
