import type { HistoryLine } from '../../lib/db/dashboard-view';
import { formatTime, type ReviewRecord } from '../../lib/db/records';
import type { DashboardStrings } from '../../locales/dashboard';


export interface RecordDetailProps {
  t: DashboardStrings;
  record: ReviewRecord;
  history: HistoryLine[];
  replies: readonly ReviewRecord[];
  onClose: () => void;
}

export function RecordDetail({ t, record: r, history, replies, onClose }: RecordDetailProps) {
  const field = (label: string, value: string) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <aside className="fd-detail" aria-label={t.detail} data-testid="record-detail">
      <header>
        <strong>
          {t.kinds[r.kind]}
          {r.kind === 'decision' && ` · ${t.statuses[r.status]}`}
        </strong>
        <button type="button" className="fd-link" onClick={onClose}>
          {t.detailClose}
        </button>
      </header>
      <p className="fd-muted">
        {r.docTitle || t.untitled} {r.docNumber} · {t.detailVersion(r.versionN)}
        <br />
        {r.reviewer || t.unsigned} {r.department} · {formatTime(r.createdAt)}
      </p>
      {r.anchor === 'orphan' && <p className="fd-orphan">{t.detailOrphan}</p>}
      <dl>
        {r.quote && (
          <>
            <dt>{t.detailQuote}</dt>
            <dd>
              <q>{r.quote}</q>
            </dd>
          </>
        )}
        {field(t.colCategory, [r.categoryName, r.severity && t.severities[r.severity]].filter(Boolean).join(' · '))}
        {field(t.detailComment, r.comment)}
        {field(t.detailSuggestion, r.suggestion)}
        {field(t.detailReason, r.reason)}
        {field(t.detailBasis, r.basis)}
      </dl>
      <h3>{t.detailHistory}</h3>
      {history.length === 0 ? (
        <p className="fd-muted">{t.detailNoHistory}</p>
      ) : (
        <ol className="fd-history">
          {history.map((h, i) => (
            <li key={i}>
              <span className="fd-muted">
                {formatTime(h.at)} {h.who || t.unsigned}
              </span>
              <div>{h.text}</div>
            </li>
          ))}
        </ol>
      )}
      {replies.length > 0 && (
        <>
          <h3>{t.detailReplies}</h3>
          <ol className="fd-history">
            {replies.map((x) => (
              <li key={x.id}>
                <span className="fd-muted">
                  {formatTime(x.createdAt)} {x.reviewer || t.unsigned}
                </span>
                <div>{x.comment}</div>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
