import { DOC_TYPES, type DocType, type DocumentMeta } from '../lib/engine/types';
import { useStrings } from './strings';

export interface DocMetaProps {
  document?: DocumentMeta;
  override?: DocType;
  docTypeNames: Record<DocType, string>;
  onSetDocType(type: DocType | null): void;
}

export function DocMeta({ document, override, docTypeNames, onSetDocType }: DocMetaProps) {
  const t = useStrings();
  if (!document) return null;
  const type = override ?? document.docType;
  const source = override ? t.docTypeCorrected : document.docTypeSource === 'detected' ? t.docTypeDetected : t.docTypeDefault;
  return (
    <section className="fs-meta" aria-label={t.docMeta} data-testid="doc-meta">
      <div className="fs-meta-row">
        <label htmlFor="fs-doctype">{t.docType}</label>
        <select
          id="fs-doctype"
          data-testid="doc-type"
          value={type}
          onChange={(e) => {
            const v = DOC_TYPES.find((k) => k === e.target.value);
            if (v) onSetDocType(v);
          }}
        >
          {DOC_TYPES.map((k) => (
            <option key={k} value={k}>
              {docTypeNames[k]}
            </option>
          ))}
        </select>
        <span className="fs-muted" data-testid="doc-type-source">
          {source}
        </span>
        {override && (
          <button type="button" className="fs-link" onClick={() => onSetDocType(null)}>
            {t.docTypeReset}
          </button>
        )}
      </div>
      <dl className="fs-meta-list">
        <dt>{t.issuer}</dt>
        <dd data-testid="doc-issuer">{document.issuer ?? <span className="fs-muted">{t.unknown}</span>}</dd>
        <dt>{t.docNumber}</dt>
        <dd data-testid="doc-number">{document.docNumber ?? <span className="fs-muted">{t.unknown}</span>}</dd>
        {document.title && (
          <>
            <dt>{t.title}</dt>
            <dd className="fs-title">{document.title}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
