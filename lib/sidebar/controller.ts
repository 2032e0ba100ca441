/**
 * Ties editor ↔ engine ↔ highlighter ↔ store. Finds the page's editors (and follows late ones and SPA navigation),
 * reviews the one the user is in, re-reviews while typing (lib/page watchEditor debounce; the engine's paragraph
 * cache keeps re-runs cheap), paints underlines, answers the sidebar's actions, and records decisions and notes in
 * the review database through the background (review-sync.ts).
 */
import type { DecisionStatus } from '../db/schema';
import type { DocType } from '../engine/types';
import type { PageRecord, ToBackground } from '../messaging';
import type { ReviewFn } from './engine-loader';
import { visibleFindings } from './grouping';
import type { EditorLike, ExtractedLike, HighlighterLike, PageApi } from './page-api';
import type { ReviewClient } from './review-client';
import { createReviewSync, NOTE_PREFIX, type Capture } from './review-sync';
import { selectionIn, type TextSpan } from './selection';
import { clampWidth, type GroupBy, type IgnoredInfo, type SidebarStore } from './store';

export interface UiPrefs {
  open?: boolean;
  width?: number;
  groupBy?: GroupBy;
}

export interface ControllerDeps<E extends EditorLike, X extends ExtractedLike> {
  /** The top document of the page. */
  doc: Document;
  page: PageApi<E, X>;
  /** The engine, when it is at hand; otherwise loadReview fetches it when the first editor is reviewed. */
  review?: ReviewFn;
  loadReview?: () => Promise<ReviewFn>;
  /** Sends a page-record message (document type, legacy records) to the background; resolves with the record. */
  saveDecision: (message: Extract<ToBackground, { pageKey: string }>) => Promise<PageRecord>;
  /** The review database (notes, decisions); absent: the sidebar only reviews, nothing is recorded. */
  reviewClient?: ReviewClient;
  /** The page's full address, for review.recognize (default: the page key). */
  url?: () => string;
  store: SidebarStore;
  /** origin + path of the current page. */
  pageKey: () => string;
  /** Called once, when the first editor is found (mount the sidebar then). */
  onEditorsFound?: () => void;
  prefs?: { load(): Promise<UiPrefs>; save(prefs: UiPrefs): void };
  debounceMs?: number;
  scanThrottleMs?: number;
  now?: () => number;
}

export interface SidebarActions {
  selectEditor(index: number): void;
  setDocType(type: DocType | null): void;
  reveal(id: string): void;
  apply(id: string): void;
  /** 不采纳 (default) or 误报, with a reason: the finding is set aside. */
  ignore(id: string, reason: string, status?: IgnoredInfo['status']): void;
  /** Shows a set-aside finding again, recorded as 采纳. */
  restore(id: string): void;
  /** The note on a finding (its card's 备注): adds one, or edits the latest. */
  saveNote(id: string, text: string): void;
  setOpen(open: boolean): void;
  setWidth(width: number, persist?: boolean): void;
  setGroupBy(groupBy: GroupBy): void;
  select(id: string | undefined): void;
  /** The rest need the review database; a sidebar without one leaves them out. */
  decide?(id: string, status: DecisionStatus, reason?: string): void;
  /** The reviewer's selection in the active editor, kept for addNote; undefined when nothing is selected. */
  captureSelection?(): TextSpan | undefined;
  addNote?(span: TextSpan, comment: string): void;
  editNote?(noteId: string, comment: string): void;
  replyNote?(noteId: string, comment: string): void;
  revealNote?(noteId: string): void;
}

export interface Controller extends Required<SidebarActions> {
  start(): Promise<void>;
  /** Re-read the active editor now (also what the debounce calls). */
  recheck(): void;
  /** Look for new or removed editors now. */
  scan(): void;
  /** The page's URL changed without a load (SPA): reload decisions and editors. */
  onLocationChange(): void;
  destroy(): void;
}

/** Events from an iframe editor come from another realm, so instanceof MouseEvent is not enough. */
function isMouseEvent(e: Event): e is MouseEvent {
  return 'clientX' in e && typeof e.clientX === 'number';
}

export function createController<E extends EditorLike, X extends ExtractedLike>(deps: ControllerDeps<E, X>): Controller {
  const { doc, page, store } = deps;
  const now = deps.now ?? (() => performance.now());
  let editors: E[] = [];
  let active: E | undefined;
  let highlighter: HighlighterLike<X> | undefined;
  let lastEx: X | undefined;
  let unwatch: (() => void) | undefined;
  let observer: MutationObserver | undefined;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let found = false;
  let destroyed = false;
  let pageKey = deps.pageKey();
  let reviewFn = deps.review;
  /** The user's standing choice (prefs), and whether they toggled the panel on this page. */
  let preferOpen = store.getState().open;
  let toggledHere = false;
  /** The user focused or picked an editor: discovery no longer switches the reviewed one. */
  let chosen = false;
  let engineLoading: Promise<void> | undefined;
  const listenedDocs = new WeakSet<Document>();
  const removers: (() => void)[] = [];
  let capture: Capture | undefined;
  const sync = deps.reviewClient
    ? createReviewSync({
        client: deps.reviewClient,
        store,
        url: deps.url ?? (() => pageKey),
        currentText: () => {
          ensureFresh();
          return lastEx?.text;
        },
        repaint: () => renderHighlights(),
        dropLegacy: (ignored, notes) => deps.saveDecision({ type: 'page.migrated', pageKey, ignored, notes }),
      })
    : undefined;

  function listen(target: EventTarget, type: string, fn: (e: Event) => void) {
    target.addEventListener(type, fn, true);
    removers.push(() => target.removeEventListener(type, fn, true));
  }

  function renderHighlights(findings = store.getState().findings) {
    if (!highlighter || !lastEx) return;
    const visible = visibleFindings(findings, store.getState().ignored);
    const spans = visible.map((f) => ({ id: f.id, start: f.start, end: f.end, severity: f.severity }));
    const notes = sync?.noteSpans(lastEx.text, new Set(visible.map((f) => f.id))) ?? [];
    highlighter.render(notes.length ? [...spans, ...notes] : spans, lastEx);
    if (sync) store.getState().setLostNotes(sync.lostNotes(lastEx.text));
  }

  function ensureEngine() {
    engineLoading ??= (deps.loadReview?.() ?? Promise.reject(new Error('no review engine'))).then(
      (fn) => {
        reviewFn = fn;
        recheck();
      },
      (err: unknown) => store.getState().setSaveError(String(err instanceof Error ? err.message : err)),
    );
  }

  function recheck() {
    if (destroyed || !active) return;
    if (!reviewFn) return ensureEngine();
    const t0 = now();
    let ex: X;
    try {
      ex = page.extractText(active);
    } catch {
      return; // the editor went away between the event and the debounce; the next scan drops it
    }
    const result = reviewFn(ex.text, { docType: store.getState().docTypeOverride });
    lastEx = ex;
    renderHighlights(result.findings);
    store.getState().setResult(result.findings, result.document, ex.text.length, Math.round(now() - t0));
    autoOpen();
    sync?.opened(ex.text);
  }

  /**
   * A page whose only "editor" is read-only text (a submitted draft, or a work list the DOM layer took for one)
   * keeps the panel collapsed to its tab unless the review found something; the user's own toggle always wins.
   */
  function autoOpen() {
    if (toggledHere || !editors.length) return;
    const readonlyOnly = editors.every((e) => e.kind === 'readonly');
    const s = store.getState();
    const found = s.revision > 0 && visibleFindings(s.findings, s.ignored).length > 0;
    const want = preferOpen && (!readonlyOnly || found);
    if (s.open !== want) s.setOpen(want);
  }

  /** Re-reviews first when the editor changed since the last review (a click inside the debounce window). */
  function ensureFresh() {
    if (!active || !lastEx) return;
    let text: string;
    try {
      text = page.extractText(active).text;
    } catch {
      return;
    }
    if (text !== lastEx.text) recheck();
  }

  function activate(ed: E | undefined) {
    if (ed === active) return;
    unwatch?.();
    unwatch = undefined;
    highlighter?.destroy();
    highlighter = undefined;
    lastEx = undefined;
    active = ed;
    sync?.reset();
    store.getState().setEditors(editorInfos(), ed ? editors.indexOf(ed) : 0);
    if (!ed) {
      store.getState().clearResult();
      return;
    }
    highlighter = page.createHighlighter(ed);
    unwatch = page.watchEditor(ed, recheck, deps.debounceMs);
    recheck();
  }

  function editorInfos() {
    return editors.map((e) => ({ label: e.label, kind: e.kind }));
  }

  function known(candidate: E | null | undefined): E | undefined {
    return candidate ? editors.find((e) => e.element === candidate.element) : undefined;
  }

  function onFocusIn(e: Event) {
    const ed = known(page.editorFromEvent(e.target));
    if (!ed) return;
    chosen = true;
    if (ed !== active) activate(ed);
  }

  function onClick(e: Event) {
    if (!active || !highlighter || !isMouseEvent(e)) return;
    const ed = known(page.editorFromEvent(e.target));
    if (ed !== active) return;
    const id = highlighter.hitTest(e.clientX, e.clientY);
    if (!id) return;
    store.getState().select(id);
    if (!store.getState().open) actions.setOpen(true);
  }

  function scan() {
    if (destroyed) return;
    const next = page.findEditors(doc);
    const same = next.length === editors.length && next.every((e, i) => e.element === editors[i]?.element && e.doc === editors[i]?.doc);
    if (same) return;
    if (!next.length) queueMicrotask(retryWhileEmpty);
    // keep our handles for editors we already know (the highlighter and watcher hold them)
    editors = next.map((n) => editors.find((e) => e.element === n.element && e.doc === n.doc) ?? n);
    for (const ed of editors) {
      if (listenedDocs.has(ed.doc)) continue;
      listenedDocs.add(ed.doc);
      listen(ed.doc, 'focusin', onFocusIn);
      listen(ed.doc, 'click', onClick);
    }
    if (editors.length && !found) {
      found = true;
      autoOpen();
      deps.onEditorsFound?.();
    }
    // keep the editor the user is in or picked; otherwise follow the one most likely to hold the draft (a draft
    // block filled in after load beats an empty comment box found first)
    if (active && editors.includes(active) && chosen) {
      store.getState().setEditors(editorInfos(), editors.indexOf(active));
      return;
    }
    const focused = known(page.editorFromEvent(doc.activeElement));
    const pick = focused ?? page.pickPrimary?.(editors) ?? editors.find((e) => e.kind !== 'readonly') ?? editors[0];
    if (pick === active) store.getState().setEditors(editorInfos(), active ? editors.indexOf(active) : 0);
    else activate(pick);
  }

  /**
   * Editors that appear without a mutation in the top document (an iframe editor whose document is written later)
   * are found by retrying with a growing pause while the page has none, and on every frame's load event.
   */
  let retryMs = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  function retryWhileEmpty() {
    clearTimeout(retryTimer);
    if (editors.length || destroyed) {
      retryMs = 0;
      return;
    }
    retryMs = Math.min(retryMs ? retryMs * 2 : 250, 8000);
    retryTimer = setTimeout(() => {
      scan();
      retryWhileEmpty();
    }, retryMs);
  }

  function scheduleScan() {
    if (scanTimer !== undefined || destroyed) return;
    scanTimer = setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, deps.scanThrottleMs ?? 500);
  }

  function onMutations(records: MutationRecord[]) {
    // typing inside the active editor is the watcher's business, not a reason to look for editors
    const el = active?.element;
    if (el && records.every((r) => el.contains(r.target))) return;
    scheduleScan();
  }

  async function loadRecord() {
    const key = pageKey;
    try {
      const record = await deps.saveDecision({ type: 'page.load', pageKey: key });
      if (key !== pageKey || destroyed) return;
      const before = store.getState().docTypeOverride;
      store.getState().setRecord(record);
      if (record.docType !== before) recheck();
      else renderHighlights();
      void sync?.migrate();
    } catch (err) {
      store.getState().setSaveError(String(err instanceof Error ? err.message : err));
    }
  }

  function persist(message: Extract<ToBackground, { pageKey: string }>) {
    const key = pageKey;
    deps.saveDecision(message).then(
      (record) => {
        if (key !== pageKey || destroyed) return;
        store.getState().setRecord(record);
        store.getState().setSaveError(undefined);
        renderHighlights();
      },
      (err: unknown) => {
        store.getState().setSaveError(String(err instanceof Error ? err.message : err));
        void loadRecord();
      },
    );
  }

  function findingById(id: string) {
    return store.getState().findings.find((f) => f.id === id);
  }

  function savePrefs() {
    const { open, width, groupBy } = store.getState();
    deps.prefs?.save({ open, width, groupBy });
  }

  const actions: Required<SidebarActions> = {
    selectEditor(index) {
      const ed = editors[index];
      if (!ed) return;
      chosen = true;
      activate(ed);
    },
    setDocType(type) {
      store.setState({ docTypeOverride: type ?? undefined });
      recheck();
      persist({ type: 'doctype.set', pageKey, docType: type });
    },
    reveal(id) {
      ensureFresh();
      const f = findingById(id);
      store.getState().select(id);
      if (!f || !active || !lastEx) return;
      page.revealSpan(active, lastEx, f.start, f.end);
    },
    apply(id) {
      ensureFresh();
      const f = findingById(id);
      if (!f || f.replacement === undefined || !active) return;
      const text = lastEx?.text ?? '';
      const span = { start: f.start, end: f.end, quote: f.quote, prefix: text.slice(Math.max(0, f.start - 32), f.start), suffix: text.slice(f.end, f.end + 32) };
      const result = page.applyFix(active, span, f.replacement);
      store.getState().setFixError(id, result.ok ? undefined : result.reason);
      if (result.ok) recheck();
    },
    ignore(id, reason, status = 'rejected') {
      if (!reason.trim()) return;
      actions.decide(id, status, reason.trim());
    },
    restore(id) {
      actions.decide(id, 'accepted');
    },
    saveNote(id, text) {
      void sync?.noteOnFinding(id, text);
    },
    decide(id, status, reason) {
      ensureFresh();
      if (sync) void sync.decide(id, status, reason);
      else store.getState().setSaveError('no review database');
    },
    captureSelection() {
      ensureFresh();
      const span = active && lastEx ? selectionIn(active, lastEx) : undefined;
      capture = span && lastEx ? { span, text: lastEx.text } : undefined;
      return span;
    },
    addNote(span, comment) {
      if (!comment.trim() || !lastEx) return;
      const c = capture && capture.span.start === span.start && capture.span.end === span.end ? capture : { span, text: lastEx.text };
      void sync?.noteOnSpan(c, comment.trim());
    },
    editNote(noteId, comment) {
      void sync?.editNote(noteId, comment);
    },
    replyNote(noteId, comment) {
      if (comment.trim()) void sync?.replyNote(noteId, comment.trim());
    },
    revealNote(noteId) {
      ensureFresh();
      store.getState().select(NOTE_PREFIX + noteId);
      if (!active || !lastEx || !sync) return;
      const span = sync.noteSpans(lastEx.text, new Set()).find((x) => x.id === NOTE_PREFIX + noteId);
      if (span) page.revealSpan(active, lastEx, span.start, span.end);
    },
    setOpen(open) {
      toggledHere = true;
      preferOpen = open;
      store.getState().setOpen(open);
      savePrefs();
      if (open && lastEx) sync?.opened(lastEx.text, true);
    },
    setWidth(width, persistNow = true) {
      store.getState().setWidth(clampWidth(width, doc.defaultView?.innerWidth ?? 1280));
      if (persistNow) savePrefs();
    },
    setGroupBy(groupBy) {
      store.getState().setGroupBy(groupBy);
      savePrefs();
    },
    select(id) {
      store.getState().select(id);
    },
  };

  return {
    ...actions,
    recheck,
    scan,
    async start() {
      const prefs = (await deps.prefs?.load().catch(() => undefined)) ?? {};
      if (destroyed) return;
      const s = store.getState();
      if (prefs.open !== undefined) {
        s.setOpen(prefs.open);
        preferOpen = prefs.open;
      }
      if (prefs.width !== undefined) s.setWidth(clampWidth(prefs.width, doc.defaultView?.innerWidth ?? 1280));
      if (prefs.groupBy) s.setGroupBy(prefs.groupBy);
      const recordLoaded = loadRecord();
      scan();
      const body = doc.body ?? doc.documentElement;
      const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
      observer = new MO(onMutations);
      observer.observe(body, { childList: true, subtree: true });
      listen(doc, 'load', scheduleScan); // capture phase: iframe loads
      retryWhileEmpty();
      await recordLoaded;
    },
    onLocationChange() {
      const key = deps.pageKey();
      if (key === pageKey) return;
      pageKey = key;
      sync?.reset();
      store.getState().setRecord({ ignored: {}, notes: {} });
      void loadRecord();
      scan();
      recheck();
    },
    destroy() {
      destroyed = true;
      observer?.disconnect();
      if (scanTimer !== undefined) clearTimeout(scanTimer);
      clearTimeout(retryTimer);
      unwatch?.();
      highlighter?.destroy();
      removers.splice(0).forEach((r) => r());
    },
  };
}
