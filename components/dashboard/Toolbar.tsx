import { useRef } from 'react';
import type { DashboardStrings } from '../../locales/dashboard';

export type ExportKind = 'csv' | 'xlsx' | 'json' | 'sarif' | 'opinion';

export interface ToolbarProps {
  t: DashboardStrings;
  busy: boolean;
  /** A single document is selected in the filter: the opinion can be written. */
  canOpinion: boolean;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
  onVerify: () => void;
}

export function Toolbar({ t, busy, canOpinion, onExport, onImport, onVerify }: ToolbarProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div className="fd-toolbar" role="toolbar">
      <button type="button" disabled={busy} onClick={() => onExport('csv')}>
        {t.exportCsv}
      </button>
      <button type="button" disabled={busy} onClick={() => onExport('xlsx')}>
        {t.exportXlsx}
      </button>
      <button type="button" disabled={busy} onClick={() => onExport('sarif')}>
        {t.exportSarif}
      </button>
      <button type="button" disabled={busy || !canOpinion} title={canOpinion ? undefined : t.exportOpinionHint} onClick={() => onExport('opinion')}>
        {t.exportOpinion}
      </button>
      <span className="fd-sep" />
      <button type="button" disabled={busy} onClick={() => onExport('json')}>
        {t.exportJson}
      </button>
      <button type="button" disabled={busy} onClick={() => fileRef.current?.click()}>
        {t.importJson}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onImport(f);
        }}
      />
      <button type="button" disabled={busy} onClick={onVerify}>
        {t.verify}
      </button>
    </div>
  );
}

export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : undefined;
  return (
    <div className="fd-progress" role="status" data-testid="progress">
      <span>{label}</span>
      <progress max={100} value={pct} aria-valuetext={pct === undefined ? label : `${pct}%`} />
      {pct !== undefined && <span className="fd-muted">{pct}%</span>}
    </div>
  );
}

export function Notice({ kind, text, onDismiss, dismiss }: { kind: 'ok' | 'error' | 'info'; text: string; onDismiss: () => void; dismiss: string }) {
  return (
    <div className={`fd-notice fd-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{text}</span>
      <button type="button" className="fd-link" onClick={onDismiss}>
        {dismiss}
      </button>
    </div>
  );
}
