import { useState } from 'react';
import type { DocumentSummary } from '../../lib/db/dashboard-view';
import { formatTime } from '../../lib/db/records';
import type { DashboardStrings } from '../../locales/dashboard';


export interface DocumentTableProps {
  t: DashboardStrings;
  documents: readonly DocumentSummary[];
  onShowRecords: (id: string) => void;
  onOpinion: (id: string) => void;
}

export function DocumentTable({ t, documents, onShowRecords, onOpinion }: DocumentTableProps) {
  const [open, setOpen] = useState<string | undefined>();
  if (documents.length === 0) return <p className="fd-muted">{t.emptyDb}</p>;
  return (
    <table className="fd-docs" data-testid="documents">
      <thead>
        <tr>
          <th>{t.docTitle}</th>
          <th>{t.docNumber}</th>
          <th>{t.docVersions}</th>
          <th>{t.docNotes}</th>
          <th>{t.docDecisions}</th>
          <th>{t.docUpdated}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <DocRow key={d.id} t={t} d={d} open={open === d.id} onToggle={() => setOpen(open === d.id ? undefined : d.id)} onShowRecords={onShowRecords} onOpinion={onOpinion} />
        ))}
      </tbody>
    </table>
  );
}

function DocRow({ t, d, open, onToggle, onShowRecords, onOpinion }: { t: DashboardStrings; d: DocumentSummary; open: boolean; onToggle: () => void } & Pick<DocumentTableProps, 'onShowRecords' | 'onOpinion'>) {
  return (
    <>
      <tr data-testid="document-row">
        <td>
          <button type="button" className="fd-link" aria-expanded={open} onClick={onToggle} title={t.docVersionHistory}>
            {open ? '▾' : '▸'} {d.title || t.untitled}
          </button>
          <div className="fd-muted fd-url">{d.url}</div>
        </td>
        <td>{d.docNumber}</td>
        <td>{d.versions.length}</td>
        <td>{d.notes}</td>
        <td>{d.decisions}</td>
        <td className="fd-muted">{formatTime(d.updatedAt)}</td>
        <td>
          <div className="fd-actions">
            <button type="button" onClick={() => onShowRecords(d.id)}>
              {t.docShowRecords}
            </button>
            <button type="button" onClick={() => onOpinion(d.id)}>
              {t.docOpinion}
            </button>
          </div>
        </td>
      </tr>
      {open && (
        <tr className="fd-versions">
          <td colSpan={7}>
            <strong>{t.docVersionHistory}</strong>
            <ol>
              {d.versions.map((v) => (
                <li key={v.id}>
                  {t.detailVersion(v.n)} · {formatTime(v.createdAt)} · {t.versionMatched[v.matchedBy] ?? v.matchedBy}
                  {v.similarity !== undefined && ` · ${t.versionSimilarity(v.similarity)}`} · {t.versionLength(v.length)}
                  {v.author && ` · ${v.author}`}
                </li>
              ))}
            </ol>
          </td>
        </tr>
      )}
    </>
  );
}
