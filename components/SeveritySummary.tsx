import type { Severity } from '../lib/engine/types';
import { useStrings } from './strings';

export interface SeveritySummaryProps {
  counts: Record<Severity, number>;
}

export function SeveritySummary({ counts }: SeveritySummaryProps) {
  const t = useStrings();
  const total = counts.error + counts.warning + counts.info;
  const label: Record<Severity, string> = { error: t.severityError, warning: t.severityWarning, info: t.severityInfo };
  return (
    <div className="fs-summary" role="status" aria-live="polite" data-testid="severity-counts">
      <span className="fs-total">
        {t.total} {total} {t.items}
      </span>
      {(['error', 'warning', 'info'] as const).map((s) => (
        <span key={s} className={`fs-count fs-sev-${s}`} data-severity={s} data-count={counts[s]}>
          {label[s]} {counts[s]}
        </span>
      ))}
    </div>
  );
}
