import { memo, useEffect, useRef, useState } from 'react';
import type { DecisionStatus } from '../lib/db/schema';
import type { Finding } from '../lib/engine/types';
import { lawLabel } from '../lib/sidebar/grouping';
import { useStrings } from './strings';

export interface FindingCardProps {
  finding: Finding;
  categoryName: string;
  note?: string;
  /** The recorded decision, when it is 采纳 or 部分采纳 (the others hide the card). */
  decision?: { status: DecisionStatus; reason?: string };
  fixError?: string;
  selected: boolean;
  /** Changes on every selection, so a re-selected card scrolls into view again. */
  selectNonce?: number;
  onReveal(id: string): void;
  onApply(id: string): void;
  onIgnore(id: string, reason: string, status?: 'rejected' | 'false-positive'): void;
  onSaveNote(id: string, text: string): void;
  /** Records 采纳 / 部分采纳 (absent: no review database, no buttons). */
  onDecide?(id: string, status: DecisionStatus, reason?: string): void;
  /** Opens the law viewer at a basis article (absent: no link; a basis without an article, such as a State Council
   * document or a standard, is not in the viewer and gets none). */
  onOpenLaw?(law: string, article?: string): void;
}

type Panel = 'none' | 'ignore' | 'note' | 'partial';

/** The submit / cancel row shared by the card's ignore, partial-decision and note forms. */
function FormActions({ confirm, cancel, onCancel }: { confirm: string; cancel: string; onCancel(): void }) {
  return (
    <div className="fs-actions">
      <button type="submit" className="fs-primary">
        {confirm}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

function FindingCardView(props: FindingCardProps) {
  const { finding: f, categoryName, note, fixError, selected, selectNonce } = props;
  const t = useStrings();
  const ref = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [openBasis, setOpenBasis] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState<string>(t.ignoreReasons[0] ?? '');
  const [detail, setDetail] = useState('');
  const [noteText, setNoteText] = useState(note ?? '');
  const [partialReason, setPartialReason] = useState('');
  const sevLabel = { error: t.severityError, warning: t.severityWarning, info: t.severityInfo }[f.severity];

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, selectNonce]);
  useEffect(() => setNoteText(note ?? ''), [note]);

  const toggleBasis = (i: number) =>
    setOpenBasis((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  const fullReason = detail.trim() ? `${reason}${t.colon}${detail.trim()}` : reason;
  const ignoreStatus = reason === t.falsePositiveReason ? 'false-positive' : 'rejected';
  const decision = props.decision;

  return (
    <div
      ref={ref}
      className={`fs-card fs-sev-${f.severity}${selected ? ' fs-selected' : ''}`}
      data-testid="finding"
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      data-finding-id={f.id}
      aria-current={selected || undefined}
      tabIndex={0}
      role="listitem"
      aria-label={[sevLabel, categoryName, f.quote].join(t.colon)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault();
          props.onReveal(f.id);
        }
      }}
    >
      <header className="fs-card-head">
        <span className={`fs-chip fs-sev-${f.severity}`}>{sevLabel}</span>
        <span className="fs-card-cat">{categoryName}</span>
        {f.article && <span className="fs-muted">{f.article}</span>}
      </header>
      <blockquote className="fs-quote">{f.quote}</blockquote>
      <p className="fs-message">{f.message}</p>
      {f.basis.length > 0 && (
        <div className="fs-basis">
          <span className="fs-label">{t.basis}</span>
          <ul>
            {f.basis.map((b, i) => (
              <li key={i}>
                {lawLabel(b.law)}
                {b.article ?? ''}
                {b.text && (
                  <button type="button" className="fs-link" aria-expanded={openBasis.has(i)} onClick={() => toggleBasis(i)}>
                    {openBasis.has(i) ? t.hideArticle : t.showArticle}
                  </button>
                )}
                {props.onOpenLaw && b.article && (
                  <button
                    type="button"
                    className="fs-link"
                    data-action="open-law"
                    aria-label={t.basisOpenOf(`${lawLabel(b.law)}${b.article ?? ''}`)}
                    title={t.basisOpenOf(`${lawLabel(b.law)}${b.article ?? ''}`)}
                    onClick={() => props.onOpenLaw?.(b.law, b.article)}
                  >
                    {t.basisOpen}
                  </button>
                )}
                {b.text && openBasis.has(i) && <blockquote className="fs-article-text">{b.text}</blockquote>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {f.suggestion && (
        <p className="fs-suggestion">
          <span className="fs-label">{t.suggestion}</span>
          {f.suggestion}
        </p>
      )}
      {f.replacement !== undefined && (
        <p className="fs-replacement">
          <span className="fs-label">{t.replacementLabel}</span>
          <ins>{f.replacement || t.emptyReplacement}</ins>
        </p>
      )}
      {decision && (
        <p className="fs-decision" data-testid="decision" data-status={decision.status}>
          {t.decidedAs(t.decisionStatus[decision.status] ?? decision.status)}
          {decision.reason ? `${t.colon}${decision.reason}` : ''}
        </p>
      )}
      {note && panel !== 'note' && (
        <p className="fs-note" data-testid="note">
          <span className="fs-label">{t.noteSaved}</span>
          {note}
        </p>
      )}
      {fixError && (
        <p className="fs-error" role="alert" data-testid="fix-error">
          {t.applyRefused}
          {fixError}
        </p>
      )}
      <div className="fs-actions">
        <button type="button" title={t.goToTitle} onClick={() => props.onReveal(f.id)}>
          {t.goTo}
        </button>
        {f.replacement !== undefined && (
          <button type="button" className="fs-primary" title={t.applyTitle} data-action="apply" onClick={() => props.onApply(f.id)}>
            {t.apply}
          </button>
        )}
        {props.onDecide && (
          <>
            <button type="button" data-action="accept" title={t.acceptTitle} aria-pressed={decision?.status === 'accepted'} onClick={() => props.onDecide?.(f.id, 'accepted')}>
              {t.accept}
            </button>
            <button type="button" data-action="partial" aria-expanded={panel === 'partial'} onClick={() => setPanel(panel === 'partial' ? 'none' : 'partial')}>
              {t.partial}
            </button>
          </>
        )}
        <button type="button" data-action="ignore" aria-expanded={panel === 'ignore'} onClick={() => setPanel(panel === 'ignore' ? 'none' : 'ignore')}>
          {t.ignore}
        </button>
        <button type="button" data-action="note" aria-expanded={panel === 'note'} onClick={() => setPanel(panel === 'note' ? 'none' : 'note')}>
          {t.note}
        </button>
      </div>
      {panel === 'ignore' && (
        <form
          className="fs-form"
          data-testid="ignore-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onIgnore(f.id, fullReason, ignoreStatus);
            setPanel('none');
          }}
        >
          <label>
            {t.ignoreReason}
            <select value={reason} onChange={(e) => setReason(e.target.value)} data-testid="ignore-reason">
              {t.ignoreReasons.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.ignoreReasonDetail}
            <input type="text" value={detail} onChange={(e) => setDetail(e.target.value)} data-testid="ignore-detail" />
          </label>
          <p className="fs-muted fs-small" data-testid="ignore-status" data-status={ignoreStatus}>
            {t.ignoreAs(t.decisionStatus[ignoreStatus] ?? ignoreStatus)}
          </p>
          <FormActions confirm={t.ignoreConfirm} cancel={t.cancel} onCancel={() => setPanel('none')} />
        </form>
      )}
      {panel === 'partial' && (
        <form
          className="fs-form"
          data-testid="partial-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onDecide?.(f.id, 'partial', partialReason.trim() || undefined);
            setPanel('none');
          }}
        >
          <label>
            {t.partialReason}
            <input type="text" value={partialReason} onChange={(e) => setPartialReason(e.target.value)} data-testid="partial-reason" />
          </label>
          <FormActions confirm={t.partialConfirm} cancel={t.cancel} onCancel={() => setPanel('none')} />
        </form>
      )}
      {panel === 'note' && (
        <form
          className="fs-form"
          data-testid="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSaveNote(f.id, noteText);
            setPanel('none');
          }}
        >
          <textarea
            aria-label={t.note}
            placeholder={t.notePlaceholder}
            value={noteText}
            rows={3}
            onChange={(e) => setNoteText(e.target.value)}
          />
          <FormActions confirm={t.noteSave} cancel={t.cancel} onCancel={() => setPanel('none')} />
        </form>
      )}
    </div>
  );
}

const sameFinding = (a: Finding, b: Finding) =>
  a === b ||
  (a.id === b.id &&
    a.severity === b.severity &&
    a.quote === b.quote &&
    a.message === b.message &&
    a.suggestion === b.suggestion &&
    a.replacement === b.replacement &&
    a.article === b.article &&
    a.category === b.category &&
    JSON.stringify(a.basis) === JSON.stringify(b.basis));

/** Re-reviews return new objects for unchanged findings; their cards need not re-render. */
export const FindingCard = memo(
  FindingCardView,
  (a, b) =>
    sameFinding(a.finding, b.finding) &&
    a.categoryName === b.categoryName &&
    a.note === b.note &&
    a.decision?.status === b.decision?.status &&
    a.decision?.reason === b.decision?.reason &&
    a.onDecide === b.onDecide &&
    a.fixError === b.fixError &&
    a.selected === b.selected &&
    (!b.selected || a.selectNonce === b.selectNonce) &&
    a.onReveal === b.onReveal &&
    a.onApply === b.onApply &&
    a.onIgnore === b.onIgnore &&
    a.onSaveNote === b.onSaveNote &&
    a.onOpenLaw === b.onOpenLaw,
);
