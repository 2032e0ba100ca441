/**
 * The sidebar's one zustand store, cut into slices: review (editors, findings, metadata), decisions (the document's
 * notes and decisions as the review database last returned them, the findings they hide, the corrected type) and
 * ui (open, width, grouping, selection). State and plain setters only; the controller does the work. The data itself
 * lives in the database (the background's Dexie); this is the copy the sidebar renders.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { DecisionRow, DecisionStatus, NoteRow } from '../db/schema';
import type { DocType, DocumentMeta, Finding } from '../engine/types';
import type { PageRecord } from '../messaging';
import { legacyStatus } from './legacy';

export interface EditorInfo {
  label: string;
  kind: string;
}

export interface ReviewSlice {
  editors: EditorInfo[];
  activeEditor: number;
  findings: Finding[];
  document?: DocumentMeta;
  textLength: number;
  /** Duration of the last extract + review + render, in ms. */
  reviewMs?: number;
  /** Increments on every completed review (tests and the e2e wait on it). */
  revision: number;
  setEditors(editors: EditorInfo[], active: number): void;
  setResult(findings: Finding[], document: DocumentMeta, textLength: number, reviewMs: number): void;
  clearResult(): void;
}

/** The document and version the review database recognised the draft as, and that version's text. */
export interface ReviewRef {
  documentId: string;
  versionId: string;
  text: string;
}

/** A finding the reviewer set aside (不采纳 or 误报): hidden from the list and the underlines. */
export interface IgnoredInfo {
  status: Extract<DecisionStatus, 'rejected' | 'false-positive'>;
  reason: string;
  ruleId: string;
  quote: string;
  at: number;
}

export interface DecisionSlice {
  reviewRef?: ReviewRef;
  /** The document's notes, replies included, anchored in reviewRef's version. */
  noteRows: NoteRow[];
  /** The current decision on each finding, by finding id. */
  decisions: Record<string, DecisionRow>;
  /** Hidden findings by id: decisions 不采纳 / 误报, a pending one, and legacy ignores not yet moved to the database. */
  ignored: Record<string, IgnoredInfo>;
  /** Notes anchored in the recognised version whose quote the reviewer's edits have removed since (live). */
  lostNotes: string[];
  setLostNotes(ids: string[]): void;
  /** The latest note on each finding, by finding id (what its card shows). */
  notes: Record<string, { text: string; noteId: string }>;
  /** What an older release kept in storage.local for this page, until it is in the database. */
  legacy?: Pick<PageRecord, 'ignored' | 'notes'>;
  docTypeOverride?: DocType;
  /** Why an apply was refused, by finding id. */
  fixErrors: Record<string, string>;
  /** The last failed save, shown once. */
  saveError?: string;
  setRecord(record: PageRecord): void;
  setReview(ref: ReviewRef | undefined, notes: NoteRow[], decisions: DecisionRow[]): void;
  upsertNote(note: NoteRow): void;
  upsertDecision(decision: DecisionRow): void;
  /** Hides (or, with undefined, shows again) a finding before the database has answered. */
  setPendingIgnore(id: string, info: IgnoredInfo | undefined): void;
  /** Back to what the database (and the legacy record) say: after a write, whether it succeeded or not. */
  refreshIgnored(): void;
  setFixError(id: string, reason: string | undefined): void;
  setSaveError(error: string | undefined): void;
}

export type GroupBy = 'category' | 'article';

export interface UiSlice {
  open: boolean;
  width: number;
  groupBy: GroupBy;
  selectedId?: string;
  /** Bumps on every select, so selecting the same card again scrolls to it again. */
  selectNonce: number;
  setOpen(open: boolean): void;
  setWidth(width: number): void;
  setGroupBy(groupBy: GroupBy): void;
  select(id: string | undefined): void;
}

export type SidebarState = ReviewSlice & DecisionSlice & UiSlice;
type Slice<T> = StateCreator<SidebarState, [], [], T>;

export const DEFAULT_WIDTH = 380;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;

export function clampWidth(width: number, viewport: number): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(viewport * 0.6)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

const reviewSlice: Slice<ReviewSlice> = (set) => ({
  editors: [],
  activeEditor: 0,
  findings: [],
  textLength: 0,
  revision: 0,
  setEditors: (editors, activeEditor) => set({ editors, activeEditor }),
  setResult: (findings, document, textLength, reviewMs) =>
    set((s) => ({ findings, document, textLength, reviewMs, revision: s.revision + 1 })),
  clearResult: () => set((s) => ({ findings: [], document: undefined, textLength: 0, revision: s.revision + 1 })),
});

const IGNORING: ReadonlySet<DecisionStatus> = new Set(['rejected', 'false-positive']);
const isIgnoring = (s: DecisionStatus): s is IgnoredInfo['status'] => IGNORING.has(s);

/** Hidden findings: legacy ignores first, then what the database says (which wins). */
export function ignoredFrom(decisions: Record<string, DecisionRow>, legacy?: DecisionSlice['legacy']): Record<string, IgnoredInfo> {
  const out: Record<string, IgnoredInfo> = {};
  for (const [id, r] of Object.entries(legacy?.ignored ?? {}))
    out[id] = { status: legacyStatus(r.reason), reason: r.reason, ruleId: r.ruleId, quote: r.quote, at: r.at };
  for (const [id, d] of Object.entries(decisions)) {
    if (isIgnoring(d.status)) out[id] = { status: d.status, reason: d.reason ?? '', ruleId: d.finding.ruleId, quote: d.finding.quote, at: d.updatedAt };
    else delete out[id];
  }
  return out;
}

/** The latest top-level note of each finding. */
export function findingNotes(rows: readonly NoteRow[]): Record<string, { text: string; noteId: string }> {
  const out: Record<string, { text: string; noteId: string; at: number }> = {};
  for (const n of rows) {
    if (!n.findingId || n.parentId) continue;
    const prev = out[n.findingId];
    if (!prev || n.createdAt >= prev.at) out[n.findingId] = { text: n.comment, noteId: n.id, at: n.createdAt };
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { text: v.text, noteId: v.noteId }]));
}

const decisionSlice: Slice<DecisionSlice> = (set) => ({
  noteRows: [],
  lostNotes: [],
  setLostNotes: (ids) => set((s) => (ids.join() === s.lostNotes.join() ? s : { lostNotes: ids })),
  decisions: {},
  ignored: {},
  notes: {},
  fixErrors: {},
  setRecord: (r) =>
    set((s) => {
      const legacy = { ignored: r.ignored, notes: r.notes };
      return { legacy, docTypeOverride: r.docType, ignored: ignoredFrom(s.decisions, legacy) };
    }),
  setReview: (reviewRef, noteRows, rows) =>
    set((s) => {
      const decisions = Object.fromEntries(rows.map((d) => [d.findingId, d]));
      return { reviewRef, noteRows, decisions, notes: findingNotes(noteRows), ignored: ignoredFrom(decisions, s.legacy) };
    }),
  upsertNote: (note) =>
    set((s) => {
      const noteRows = s.noteRows.some((n) => n.id === note.id) ? s.noteRows.map((n) => (n.id === note.id ? note : n)) : [...s.noteRows, note];
      return { noteRows, notes: findingNotes(noteRows) };
    }),
  upsertDecision: (d) =>
    set((s) => {
      const decisions = { ...s.decisions, [d.findingId]: d };
      return { decisions, ignored: ignoredFrom(decisions, s.legacy) };
    }),
  setPendingIgnore: (id, info) =>
    set((s) => {
      const ignored = { ...s.ignored };
      if (info) ignored[id] = info;
      else delete ignored[id];
      return { ignored };
    }),
  refreshIgnored: () => set((s) => ({ ignored: ignoredFrom(s.decisions, s.legacy) })),
  setFixError: (id, reason) =>
    set((s) => {
      const fixErrors = { ...s.fixErrors };
      if (reason) fixErrors[id] = reason;
      else delete fixErrors[id];
      return { fixErrors };
    }),
  setSaveError: (saveError) => set({ saveError }),
});

const uiSlice: Slice<UiSlice> = (set) => ({
  open: true,
  width: DEFAULT_WIDTH,
  groupBy: 'category',
  selectNonce: 0,
  setOpen: (open) => set({ open }),
  setWidth: (width) => set({ width }),
  setGroupBy: (groupBy) => set({ groupBy }),
  select: (selectedId) => set((s) => ({ selectedId, selectNonce: s.selectNonce + 1 })),
});

export function createSidebarStore() {
  return createStore<SidebarState>()((...a) => ({ ...reviewSlice(...a), ...decisionSlice(...a), ...uiSlice(...a) }));
}
export type SidebarStore = ReturnType<typeof createSidebarStore>;
