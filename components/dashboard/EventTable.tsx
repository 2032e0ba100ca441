import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EventLine } from '../../lib/db/dashboard-view';
import { formatTime } from '../../lib/db/records';
import type { DashboardStrings } from '../../locales/dashboard';


export function EventTable({ t, events, initialRect }: { t: DashboardStrings; events: readonly EventLine[]; initialRect?: { width: number; height: number } }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: events.length, getScrollElement: () => scrollRef.current, estimateSize: () => 36, overscan: 10, initialRect });
  return (
    <div className="fd-table fd-events" role="table" aria-label={t.tabEvents}>
      <div className="fd-row fd-head" role="row">
        <span role="columnheader">{t.evSeq}</span>
        <span role="columnheader">{t.colTime}</span>
        <span role="columnheader">{t.evType}</span>
        <span role="columnheader">{t.evActor}</span>
        <span role="columnheader">{t.colDocument}</span>
        <span role="columnheader">{t.evSummary}</span>
        <span role="columnheader">{t.evHash}</span>
      </div>
      <div ref={scrollRef} className="fd-scroll">
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const e = events[item.index]!;
            return (
              <div key={e.key} role="row" data-testid="event-row" className="fd-row fd-body" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: 36, transform: `translateY(${item.start}px)` }}>
                <span role="cell" className="fd-muted" title={e.chain}>
                  {e.local ? t.evLocal : t.evImported} #{e.seq}
                </span>
                <span role="cell" className="fd-muted">
                  {formatTime(e.at)}
                </span>
                <span role="cell">{t.evTypes[e.type] ?? e.type}</span>
                <span role="cell">{e.actor || t.unsigned}</span>
                <span role="cell" title={e.document}>
                  {e.document}
                </span>
                <span role="cell" className="fd-muted" title={e.summary}>
                  {e.summary}
                </span>
                <span role="cell" className="fd-hash" title={e.hash}>
                  {e.hash.slice(0, 12)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
