import { useState } from 'react';
import type { NoteView } from '../lib/sidebar/notes-view';
import { useStrings } from './strings';

export interface NoteItemProps {
  note: NoteView;
  selected: boolean;
  onReveal?(id: string): void;
  onEdit?(id: string, comment: string): void;
  onReply?(id: string, comment: string): void;
}

type Panel = 'none' | 'edit' | 'reply';

/** One note: its quote, text, author and time, replies; edit and reply in place (the database keeps the history). */
export function NoteItem({ note: n, selected, onReveal, onEdit, onReply }: NoteItemProps) {
  const t = useStrings();
  const [panel, setPanel] = useState<Panel>('none');
  const [text, setText] = useState('');
  const when = (ms: number) => new Date(ms).toLocaleString(t.dateLocale, { dateStyle: 'short', timeStyle: 'short' });
  const who = (a: { name: string; department: string }) => (a.name ? [a.name, a.department].filter(Boolean).join(' · ') : t.noteUnsigned);
  const open = (p: Panel) => {
    setText(p === 'edit' ? n.comment : '');
    setPanel(panel === p ? 'none' : p);
  };
  const submit = () => {
    if (panel === 'edit') onEdit?.(n.id, text);
    else if (text.trim()) onReply?.(n.id, text);
    setPanel('none');
  };
  return (
    <li className={`fs-note-item${selected ? ' fs-selected' : ''}`} data-testid="note-item" data-note-id={n.id} data-place={n.place} aria-current={selected || undefined}>
      {n.quote ? <blockquote className="fs-quote" data-testid="note-quote">{n.quote}</blockquote> : <p className="fs-muted">{t.notePage}</p>}
      <p className="fs-note" data-testid="note-comment">
        {n.comment}
      </p>
      <p className="fs-muted fs-small">
        {t.noteMeta(who(n.author), when(n.at))}
        {n.edited ? ` · ${t.noteEdited}` : ''}
      </p>
      {n.replies.length > 0 && (
        <ul className="fs-replies">
          {n.replies.map((r) => (
            <li key={r.id} data-testid="note-reply">
              <span>{r.comment}</span> <span className="fs-muted fs-small">{t.noteMeta(who(r.author), when(r.at))}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="fs-actions">
        {onReveal && n.place === 'anchored' && (
          <button type="button" onClick={() => onReveal(n.id)}>
            {t.goTo}
          </button>
        )}
        {onEdit && (
          <button type="button" data-action="note-edit" aria-expanded={panel === 'edit'} onClick={() => open('edit')}>
            {t.noteEdit}
          </button>
        )}
        {onReply && (
          <button type="button" data-action="note-reply" aria-expanded={panel === 'reply'} onClick={() => open('reply')}>
            {t.noteReply}
          </button>
        )}
      </div>
      {panel !== 'none' && (
        <form
          className="fs-form"
          data-testid={panel === 'edit' ? 'note-edit-form' : 'note-reply-form'}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <textarea aria-label={panel === 'edit' ? t.noteComment : t.noteReplyLabel} value={text} rows={3} onChange={(e) => setText(e.target.value)} />
          <div className="fs-actions">
            <button type="submit" className="fs-primary">
              {panel === 'edit' ? t.noteEditSave : t.noteReplySend}
            </button>
            <button type="button" onClick={() => setPanel('none')}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
