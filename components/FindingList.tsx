import { useState, type KeyboardEvent } from 'react';
import type { DecisionStatus } from '../lib/db/schema';
import type { FindingGroup } from '../lib/sidebar/grouping';
import { FindingCard } from './FindingCard';
import { useStrings } from './strings';

export interface FindingListProps {
  groups: FindingGroup[];
  categoryName(id: string): string;
  notes: Readonly<Record<string, { text: string }>>;
  /** Decisions that keep a card listed (采纳, 部分采纳), by finding id. */
  decisions?: Readonly<Record<string, { status: DecisionStatus; reason?: string }>>;
  fixErrors: Readonly<Record<string, string>>;
  selectedId?: string;
  selectNonce?: number;
  /** Cards rendered before "show more" (long drafts can have a thousand findings). */
  pageSize?: number;
  onReveal(id: string): void;
  onApply(id: string): void;
  onIgnore(id: string, reason: string, status?: 'rejected' | 'false-positive'): void;
  onSaveNote(id: string, text: string): void;
  onDecide?(id: string, status: DecisionStatus, reason?: string): void;
  onOpenLaw?(law: string, article?: string): void;
}

/** Arrow keys move between cards, Home/End jump to the first/last card. */
function onListKey(e: KeyboardEvent<HTMLElement>) {
  const target = e.target;
  if (!(target instanceof HTMLElement) || target.dataset.testid !== 'finding') return;
  const cards = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-testid="finding"]')];
  const i = cards.indexOf(target);
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: cards.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  cards[Math.max(0, Math.min(cards.length - 1, next))]?.focus();
}

export function FindingList(props: FindingListProps) {
  const t = useStrings();
  const { groups, categoryName, notes, fixErrors, selectedId, selectNonce, pageSize = 100 } = props;
  const [limit, setLimit] = useState(pageSize);
  const order = groups.flatMap((g) => g.findings);
  const total = order.length;
  // the card of a clicked underline is always rendered
  const selected = selectedId ? order.findIndex((f) => f.id === selectedId) : -1;
  const shown = Math.max(limit, selected + 10);
  let budget = shown;
  return (
    <div className="fs-list" onKeyDown={onListKey} data-testid="finding-list">
      {groups.map((g) => {
        if (budget <= 0) return null;
        const list = g.findings.slice(0, budget);
        budget -= list.length;
        return (
          <section key={g.key} className="fs-group" aria-label={g.title} data-testid="finding-group">
            <h3 className="fs-group-title">
              {g.title} <span className="fs-muted">{g.findings.length}</span>
            </h3>
            <div role="list">
              {list.map((f) => (
                <FindingCard
                  key={f.id}
                  finding={f}
                  categoryName={categoryName(f.category)}
                  note={notes[f.id]?.text}
                  decision={props.decisions?.[f.id]}
                  fixError={fixErrors[f.id]}
                  selected={f.id === selectedId}
                  selectNonce={selectNonce}
                  onReveal={props.onReveal}
                  onApply={props.onApply}
                  onIgnore={props.onIgnore}
                  onSaveNote={props.onSaveNote}
                  onDecide={props.onDecide}
                  onOpenLaw={props.onOpenLaw}
                />
              ))}
            </div>
          </section>
        );
      })}
      {total > shown && (
        <button type="button" className="fs-more" data-testid="show-more" onClick={() => setLimit(shown + pageSize)}>
          {t.showMore(total - shown)}
        </button>
      )}
    </div>
  );
}
