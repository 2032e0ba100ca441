import { useState } from 'react';
import { useStrings } from './strings';

export interface IgnoredItem {
  id: string;
  quote: string;
  reason: string;
  /** 不采纳 or 误报, as recorded. */
  statusLabel?: string;
  categoryName?: string;
}

export interface IgnoredListProps {
  items: IgnoredItem[];
  onRestore(id: string): void;
}

export function IgnoredList({ items, onRestore }: IgnoredListProps) {
  const t = useStrings();
  const [open, setOpen] = useState(false);
  if (!items.length) return null;
  return (
    <section className="fs-ignored" data-testid="ignored-list">
      <button type="button" className="fs-link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.ignoredSection} ({items.length})
      </button>
      {open && (
        <ul>
          {items.map((it) => (
            <li key={it.id} data-testid="ignored" data-finding-id={it.id}>
              <q>{it.quote}</q>
              {it.categoryName && <span className="fs-muted"> · {it.categoryName}</span>}
              <div className="fs-muted">
                {it.statusLabel && <span className="fs-chip">{it.statusLabel} </span>}
                {it.reason}
              </div>
              <button type="button" className="fs-link" title={t.restoreTitle} onClick={() => onRestore(it.id)}>
                {t.restore}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
