import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { formatTime, type ReviewRecord } from '../../lib/db/records';
import type { DashboardStrings } from '../../locales/dashboard';

export const ROW_HEIGHT = 52;

export interface RecordTableProps {
  t: DashboardStrings;
  records: readonly ReviewRecord[];
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Size before layout is measured (tests, first paint). */
  initialRect?: { width: number; height: number };
}

/** The review log as a virtualised table: only the rows in view (plus a few) are in the DOM. */
export function RecordTable({ t, records, selectedId, onSelect, initialRect }: RecordTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect,
    getItemKey: (i) => records[i]!.id,
  });
  return (
    <div className="fd-table" role="table" aria-rowcount={records.length + 1}>
      <div className="fd-row fd-head" role="row">
        <span role="columnheader">{t.colTime}</span>
        <span role="columnheader">{t.colDocument}</span>
        <span role="columnheader">{t.colReviewer}</span>
        <span role="columnheader">{t.colCategory}</span>
        <span role="columnheader">{t.colStatus}</span>
        <span role="columnheader">{t.colQuote}</span>
        <span role="columnheader">{t.colComment}</span>
      </div>
      <div ref={scrollRef} className="fd-scroll" data-testid="record-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = records[item.index]!;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={r.id === selectedId}
                tabIndex={0}
                data-testid="record-row"
                data-kind={r.kind}
                className={`fd-row fd-body${r.id === selectedId ? ' fd-selected' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(r.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(r.id);
                  }
                }}
              >
                <span role="cell" className="fd-muted">
                  {formatTime(r.updatedAt)}
                </span>
                <span role="cell" title={r.docTitle}>
                  {r.docTitle || t.untitled}
                  <small className="fd-muted">
                    {r.docNumber} {t.detailVersion(r.versionN)}
                  </small>
                </span>
                <span role="cell">
                  {r.reviewer || t.unsigned}
                  <small className="fd-muted">{r.department}</small>
                </span>
                <span role="cell" title={r.categoryName}>
                  {r.categoryName}
                  {r.severity && <small className={`fd-sev fd-sev-${r.severity}`}>{t.severities[r.severity]}</small>}
                </span>
                <span role="cell">
                  <span className={`fd-status fd-status-${r.status}`}>{t.statuses[r.status]}</span>
                  {r.anchor === 'orphan' && <small className="fd-orphan">{t.anchors.orphan}</small>}
                </span>
                <span role="cell" className="fd-quote" title={r.quote}>
                  {r.quote}
                </span>
                <span role="cell" title={r.comment}>
                  {r.comment}
                  {r.reason && <small className="fd-muted">{r.reason}</small>}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
