import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { DecisionStatus } from '../lib/db/schema';
import type { DocType, DocumentMeta, Severity } from '../lib/engine/types';
import type { FindingGroup } from '../lib/sidebar/grouping';
import type { NoteView } from '../lib/sidebar/notes-view';
import type { TextSpan } from '../lib/sidebar/selection';
import { DocMeta } from './DocMeta';
import { FindingList } from './FindingList';
import { IgnoredList, type IgnoredItem } from './IgnoredList';
import { NotesPanel } from './NotesPanel';
import { SeveritySummary } from './SeveritySummary';
import { useStrings } from './strings';

export interface SidebarCallbacks {
  selectEditor(index: number): void;
  setDocType(type: DocType | null): void;
  reveal(id: string): void;
  apply(id: string): void;
  ignore(id: string, reason: string, status?: 'rejected' | 'false-positive'): void;
  restore(id: string): void;
  saveNote(id: string, text: string): void;
  /** Present when the review database is reachable: decisions, notes on selected text, edits and replies. */
  decide?(id: string, status: DecisionStatus, reason?: string): void;
  captureSelection?(): TextSpan | undefined;
  addNote?(span: TextSpan, comment: string): void;
  editNote?(noteId: string, comment: string): void;
  replyNote?(noteId: string, comment: string): void;
  revealNote?(noteId: string): void;
  setOpen(open: boolean): void;
  setWidth(width: number, persist?: boolean): void;
  setGroupBy(groupBy: 'category' | 'article'): void;
  /** Opens the law viewer at a finding's basis article. */
  openLaw?(law: string, article?: string): void;
}

export interface SidebarProps {
  open: boolean;
  width: number;
  editors: { label: string; kind: string }[];
  activeEditor: number;
  document?: DocumentMeta;
  docTypeOverride?: DocType;
  docTypeNames: Record<DocType, string>;
  counts: Record<Severity, number>;
  groups: FindingGroup[];
  groupBy: 'category' | 'article';
  categoryName(id: string): string;
  ignored: IgnoredItem[];
  notes: Readonly<Record<string, { text: string }>>;
  /** Decisions that keep a card listed (采纳, 部分采纳), by finding id. */
  decisions?: Readonly<Record<string, { status: DecisionStatus; reason?: string }>>;
  /** The review database has recognised the draft (its notes and decisions are loaded). */
  recognized?: boolean;
  /** The document's notes (the notes panel). */
  reviewNotes?: NoteView[];
  fixErrors: Readonly<Record<string, string>>;
  selectedId?: string;
  selectNonce?: number;
  textLength: number;
  reviewMs?: number;
  /** Increments with every completed review. */
  revision?: number;
  saveError?: string;
  on: SidebarCallbacks;
}

const KEY_STEP = 24;

export function Sidebar(props: SidebarProps) {
  const t = useStrings();
  const { open, width, on, counts } = props;
  const asideRef = useRef<HTMLElement>(null);
  const total = counts.error + counts.warning + counts.info;

  if (!open) {
    return (
      <div data-testid="fashen-sidebar" data-open="false" className="fs-root">
        <button type="button" className="fs-tab" aria-label={t.expand} title={t.expand} onClick={() => on.setOpen(true)}>
          <span className="fs-tab-name">{t.appName}</span>
          {total > 0 && <span className={`fs-tab-count fs-sev-${counts.error ? 'error' : counts.warning ? 'warning' : 'info'}`}>{total}</span>}
        </button>
      </div>
    );
  }

  const startResize = (e: ReactPointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const handle = e.currentTarget;
    handle.setPointerCapture?.(e.pointerId);
    const move = (ev: PointerEvent) => on.setWidth(window.innerWidth - ev.clientX, false);
    const up = (ev: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      on.setWidth(window.innerWidth - ev.clientX, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };

  const { editors, activeEditor, groups, groupBy } = props;
  const noneLeft = total === 0;
  return (
    <aside
      ref={asideRef}
      data-testid="fashen-sidebar"
      data-open="true"
      data-revision={props.revision}
      data-recognized={props.recognized ? 'true' : 'false'}
      className="fs-root fs-panel"
      style={{ width }}
      aria-label={t.sidebarLabel}
      tabIndex={-1}
      onKeyDown={(e) => {
        const tag = e.target instanceof HTMLElement ? e.target.tagName : '';
        if (e.key === 'Escape' && !['TEXTAREA', 'INPUT', 'SELECT'].includes(tag)) {
          e.preventDefault();
          on.setOpen(false);
        }
      }}
    >
      <div
        className="fs-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label={t.resize}
        aria-valuenow={width}
        tabIndex={0}
        onPointerDown={startResize}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') on.setWidth(width + KEY_STEP);
          else if (e.key === 'ArrowRight') on.setWidth(width - KEY_STEP);
          else return;
          e.preventDefault();
        }}
      />
      <header className="fs-header">
        <h2 className="fs-app-name">{t.appName}</h2>
        <span className="fs-badge" title={t.localOnlyTitle}>
          {t.localOnly}
        </span>
        <button type="button" className="fs-icon" aria-label={t.collapse} title={t.collapse} onClick={() => on.setOpen(false)}>
          ⟩
        </button>
      </header>
      <div className="fs-body">
        {editors.length > 1 && (
          <label className="fs-editor-pick">
            {t.editorPick}
            <select data-testid="editor-select" value={activeEditor} onChange={(e) => on.selectEditor(Number(e.target.value))}>
              {editors.map((ed, i) => (
                <option key={i} value={i}>
                  {ed.label}
                  {ed.kind === 'readonly' && !ed.label.includes(t.readonlyEditor) ? t.paren(t.readonlyEditor) : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {editors.length === 0 && <p className="fs-muted">{t.noEditor}</p>}
        <DocMeta document={props.document} override={props.docTypeOverride} docTypeNames={props.docTypeNames} onSetDocType={on.setDocType} />
        <SeveritySummary counts={counts} />
        <div className="fs-groupby" role="radiogroup" aria-label={t.groupBy}>
          {(['category', 'article'] as const).map((g) => (
            <button
              key={g}
              type="button"
              role="radio"
              aria-checked={groupBy === g}
              className={groupBy === g ? 'fs-on' : ''}
              data-testid={`group-by-${g}`}
              onClick={() => on.setGroupBy(g)}
            >
              {g === 'category' ? t.groupByCategory : t.groupByArticle}
            </button>
          ))}
        </div>
        {props.saveError && (
          <p className="fs-error" role="alert">
            {t.saveFailed}
            {props.saveError}
          </p>
        )}
        <NotesPanel
          notes={props.reviewNotes ?? []}
          selectedId={props.selectedId}
          onCapture={on.captureSelection}
          onAdd={on.addNote}
          onReveal={on.revealNote}
          onEdit={on.editNote}
          onReply={on.replyNote}
        />
        {noneLeft && props.document && <p className="fs-empty">{props.ignored.length ? t.allIgnored : t.noFindings}</p>}
        <FindingList
          groups={groups}
          categoryName={props.categoryName}
          notes={props.notes}
          fixErrors={props.fixErrors}
          selectedId={props.selectedId}
          selectNonce={props.selectNonce}
          onReveal={on.reveal}
          onApply={on.apply}
          onIgnore={on.ignore}
          onSaveNote={on.saveNote}
          onDecide={on.decide}
          decisions={props.decisions}
          onOpenLaw={on.openLaw}
        />
        <IgnoredList items={props.ignored} onRestore={on.restore} />
      </div>
      <footer className="fs-footer" data-testid="review-stats" data-review-ms={props.reviewMs ?? ''}>
        {props.document && props.reviewMs !== undefined ? t.reviewStats(props.textLength, props.reviewMs) : t.reviewing}
      </footer>
    </aside>
  );
}
