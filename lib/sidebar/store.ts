/**
 * The sidebar's one zustand store, cut into slices: review (editors, findings, metadata), decisions (ignored,
 * notes, corrected type — mirrored from the background, which owns them) and ui (open, width, grouping, selection).
 * State and plain setters only; the controller does the work.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { DocType, DocumentMeta, Finding } from '../engine/types';
import type { IgnoreRecord, NoteRecord, PageRecord } from '../messaging';

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

export interface DecisionSlice {
  ignored: Record<string, IgnoreRecord>;
  notes: Record<string, NoteRecord>;
  docTypeOverride?: DocType;
  /** Why an apply was refused, by finding id. */
  fixErrors: Record<string, string>;
  /** The last failed save, shown once. */
  saveError?: string;
  setRecord(record: PageRecord): void;
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

const decisionSlice: Slice<DecisionSlice> = (set) => ({
  ignored: {},
  notes: {},
  fixErrors: {},
  setRecord: (r) => set({ ignored: r.ignored, notes: r.notes, docTypeOverride: r.docType }),
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
