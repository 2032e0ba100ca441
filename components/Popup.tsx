import type { Severity } from '../lib/engine/types';
import { useStrings } from './strings';

export type PopupSiteState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'disabled'; host: string }
  | { kind: 'enabled'; host: string; source: 'preset' | 'managed' | 'user' };

export interface PopupProps {
  site: PopupSiteState;
  /** Findings on the page, when its sidebar answered. */
  counts?: Record<Severity, number>;
  error?: string;
  busy?: boolean;
  onEnable(): void;
  onDisable(): void;
  onOpenSidebar(): void;
  onOpenOptions(): void;
  /** Opens the review log (dashboard.html). */
  onOpenDashboard(): void;
}

export function Popup({ site, counts, error, busy, ...on }: PopupProps) {
  const t = useStrings();
  return (
    <main className="fp" data-testid="popup">
      <h1 className="fp-title">{t.appName}</h1>
      {site.kind === 'unsupported' && <p>{t.popupUnsupported}</p>}
      {(site.kind === 'disabled' || site.kind === 'enabled') && (
        <p className="fp-site">
          {t.popupSite}
          {t.colon}
          <strong>{site.host}</strong>
        </p>
      )}
      {site.kind === 'disabled' && (
        <>
          <p>{t.popupNotEnabled}</p>
          <button type="button" className="fp-primary" disabled={busy} onClick={on.onEnable} data-testid="enable-site">
            {t.popupEnable}
          </button>
        </>
      )}
      {site.kind === 'enabled' && (
        <>
          <p className="fp-ok">{site.source === 'user' ? t.popupEnabled : t.popupEnabledPreset}</p>
          {counts ? (
            <p data-testid="popup-counts">
              {t.popupCounts}
              {t.colon}
              <span className="fp-error">{t.severityError} {counts.error}</span> ·{' '}
              <span className="fp-warning">{t.severityWarning} {counts.warning}</span> · <span className="fp-info">{t.severityInfo} {counts.info}</span>
            </p>
          ) : (
            <p className="fp-muted">{t.popupNoSidebar}</p>
          )}
          <div className="fp-actions">
            {counts && (
              <button type="button" className="fp-primary" onClick={on.onOpenSidebar}>
                {t.popupOpenSidebar}
              </button>
            )}
            {site.source === 'user' && (
              <button type="button" disabled={busy} onClick={on.onDisable} data-testid="disable-site">
                {t.popupDisable}
              </button>
            )}
          </div>
        </>
      )}
      {error && (
        <p className="fp-error" role="alert">
          {error}
        </p>
      )}
      <footer className="fp-footer">
        <button type="button" className="fp-link" onClick={on.onOpenOptions}>
          {t.popupOptions}
        </button>
        <button type="button" className="fp-link" onClick={on.onOpenDashboard} data-testid="open-dashboard">
          {t.popupDashboard}
        </button>
        <span className="fp-muted" title={t.localOnlyTitle}>
          {t.localOnly}
        </span>
      </footer>
    </main>
  );
}
