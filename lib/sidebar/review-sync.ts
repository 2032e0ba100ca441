/**
 * The sidebar's side of the review database (the background owns it; this talks through ReviewClient):
 *  - recognises the draft when the panel is open on one (once per editor and page: every changed text becomes a new
 *    version, so not on every keystroke), and again before each write, so offsets always refer to a stored version;
 *  - records decisions (采纳 / 部分采纳 / 不采纳 / 误报) and notes (on a selection, on a finding), edits and replies;
 *  - gives the underlines of the notes in the current text (the database anchored them in the recognised version;
 *    text typed since is bridged with the same re-anchoring, lib/anchor.ts);
 *  - moves an older release's storage.local records into the database once (legacy.ts).
 * Writes run one after another; a failure is shown in the panel (saveError) and the store falls back to what the
 * database last said.
 */
import { anchor, describe } from '../anchor';
import type { DecisionStatus } from '../db/schema';
import type { Finding } from '../engine/types';
import type { PageRecord } from '../messaging';
import { hasLegacy, planLegacy } from './legacy';
import type { HighlightSpan } from './page-api';
import type { RecognizeMeta, ReviewClient } from './review-client';
import type { TextSpan } from './selection';
import type { ReviewRef, SidebarStore } from './store';

/** Highlight ids of notes: `note:<id>` (finding ids never start so). */
export const NOTE_PREFIX = 'note:';

export interface ReviewSyncDeps {
  client: ReviewClient;
  store: SidebarStore;
  /** The page's address (review.recognize must name the sender's own page). */
  url(): string;
  /** The active editor's text, re-reviewed first when it changed; undefined without an editor. */
  currentText(): string | undefined;
  /** Paint the underlines again (notes or hidden findings changed). */
  repaint(): void;
  /** Drops migrated legacy entries from storage.local; resolves with the page's record. */
  dropLegacy?(ignored: string[], notes: string[]): Promise<PageRecord>;
}

/** A selection as captured, with the text it was made in (the write re-anchors it if the text moved on). */
export interface Capture {
  span: TextSpan;
  text: string;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createReviewSync(deps: ReviewSyncDeps) {
  const { client, store } = deps;
  let session = 0;
  let recognizedIn = -1;
  /** A failed first recognition is not retried on every re-review (it would be on each keystroke) — only on a write. */
  let failedIn = -1;
  let opening: Promise<unknown> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let migrating = false;
  let cache: { text: string; rows: unknown; ref: unknown; places: Map<string, { start: number; end: number } | undefined> } | undefined;
  const get = store.getState;

  function meta(): RecognizeMeta {
    const { document: d, docTypeOverride } = get();
    const m: RecognizeMeta = {};
    if (d?.title) m.title = d.title;
    if (d?.docNumber) m.docNumber = d.docNumber;
    if (d?.issuer) m.issuer = d.issuer;
    const docType = docTypeOverride ?? d?.docType;
    if (docType) m.docType = docType;
    return m;
  }

  async function recognize(text: string): Promise<ReviewRef> {
    const mine = session;
    const reply = await client.recognize(deps.url(), text, meta());
    if (mine !== session) throw new Error('the page changed meanwhile');
    const ref = { documentId: reply.document.id, versionId: reply.version.id, text };
    get().setReview(ref, reply.notes, reply.decisions);
    recognizedIn = mine;
    deps.repaint();
    return ref;
  }

  /** The stored version of the current text, recognising it when it changed since. */
  async function version(): Promise<ReviewRef> {
    const text = deps.currentText();
    if (!text?.trim()) throw new Error('no draft text');
    const ref = get().reviewRef;
    if (ref && ref.text === text && recognizedIn === session) return ref;
    return recognize(text);
  }

  function run(job: () => Promise<void>): Promise<void> {
    const next = queue.then(job).then(
      () => get().setSaveError(undefined),
      (err: unknown) => get().setSaveError(errorText(err)),
    );
    queue = next;
    return next;
  }

  const finding = (id: string): Finding | undefined => get().findings.find((f) => f.id === id);

  async function migrate(): Promise<void> {
    const legacy = get().legacy;
    if (migrating || !hasLegacy(legacy) || !legacy || !deps.dropLegacy || recognizedIn !== session) return;
    migrating = true;
    try {
      await run(async () => {
        const ref = await version();
        const plan = planLegacy(legacy, get().findings, ref.text);
        const ids = { documentId: ref.documentId, versionId: ref.versionId };
        for (const d of plan.decisions) get().upsertDecision(await client.decide({ ...ids, finding: d.finding, status: d.status, reason: d.reason }));
        for (const n of plan.notes) {
          const content = { comment: n.comment, ...(n.finding ? { category: n.finding.category, severity: n.finding.severity } : {}) };
          get().upsertNote(await client.addNote({ ...ids, span: n.span, findingId: n.findingId, ruleId: n.ruleId, note: content }));
        }
        const record = await deps.dropLegacy!(plan.decisions.map((d) => d.finding.id), plan.notes.map((n) => n.key));
        get().setRecord(record);
        deps.repaint();
      });
    } finally {
      migrating = false;
    }
  }

  /** Where each anchored note sits in `text`: the stored offsets while the text is the recognised one, else re-anchored. */
  function places(text: string) {
    const { noteRows: rows, reviewRef: ref } = get();
    if (cache && cache.text === text && cache.rows === rows && cache.ref === ref) return cache.places;
    const out = new Map<string, { start: number; end: number } | undefined>();
    for (const n of rows) {
      const sel = n.anchor?.status === 'anchored' ? n.anchor.selector : undefined;
      if (n.parentId || !sel) continue;
      const m = ref && text === ref.text ? { start: sel[1].start, end: sel[1].end } : (anchor(text, sel) ?? undefined);
      out.set(n.id, m && m.end <= text.length ? { start: m.start, end: m.end } : undefined);
    }
    cache = { text, rows, ref, places: out };
    return out;
  }

  return {
    /** The panel shows a review of `text`: recognise it once for this editor and page (`retry`: after a failure too). */
    opened(text: string, retry = false) {
      if (retry) failedIn = -1;
      if (!get().open || !text.trim() || recognizedIn === session || failedIn === session || opening) return;
      const mine = session;
      opening = run(async () => {
        if (mine !== session || recognizedIn === session) return;
        try {
          await recognize(text);
        } catch (err) {
          failedIn = mine;
          throw err;
        }
      }).finally(() => {
        opening = undefined;
        void migrate();
      });
    },
    /** The editor or the page changed: forget the recognised document. */
    reset() {
      session++;
      cache = undefined;
      get().setReview(undefined, [], []);
    },
    migrate,
    decide(id: string, status: DecisionStatus, reason?: string) {
      const f = finding(id);
      if (!f) return Promise.resolve();
      if (status === 'rejected' || status === 'false-positive')
        get().setPendingIgnore(id, { status, reason: reason ?? '', ruleId: f.ruleId, quote: f.quote, at: Date.now() });
      else get().setPendingIgnore(id, undefined);
      deps.repaint();
      return run(async () => {
        const ref = await version();
        const current = finding(id);
        if (!current) throw new Error('the finding is no longer in the text');
        get().upsertDecision(await client.decide({ documentId: ref.documentId, versionId: ref.versionId, finding: current, status, ...(reason ? { reason } : {}) }));
      }).finally(() => {
        get().refreshIgnored();
        deps.repaint();
      });
    },
    /** A note on a finding (its card's 备注): edits the finding's latest note, or adds one on its span. */
    noteOnFinding(id: string, text: string) {
      const existing = get().notes[id];
      if (existing) return run(async () => get().upsertNote(await client.editNote(existing.noteId, { comment: text })));
      if (!text.trim()) return Promise.resolve();
      return run(async () => {
        const ref = await version();
        const f = finding(id);
        if (!f) throw new Error('the finding is no longer in the text');
        const note = { comment: text, category: f.category, severity: f.severity };
        get().upsertNote(await client.addNote({ documentId: ref.documentId, versionId: ref.versionId, span: { start: f.start, end: f.end, exact: f.quote }, findingId: f.id, ruleId: f.ruleId, note }));
        deps.repaint();
      });
    },
    /** A note on selected text. */
    noteOnSpan(capture: Capture, comment: string) {
      return run(async () => {
        const ref = await version();
        let span = capture.span;
        if (ref.text !== capture.text) {
          const m = anchor(ref.text, describe(capture.text, span.start, span.end));
          if (!m) throw new Error('the selected text is no longer in the draft');
          span = { start: m.start, end: m.end, exact: ref.text.slice(m.start, m.end) };
        }
        get().upsertNote(await client.addNote({ documentId: ref.documentId, versionId: ref.versionId, span, note: { comment } }));
        deps.repaint();
      });
    },
    editNote: (noteId: string, comment: string) => run(async () => get().upsertNote(await client.editNote(noteId, { comment }))),
    replyNote: (noteId: string, comment: string) => run(async () => get().upsertNote(await client.replyNote(noteId, comment))),
    /** Underlines of the anchored notes in `text` (notes on a listed finding are shown by its card and underline). */
    noteSpans(text: string, listed: ReadonlySet<string>): HighlightSpan[] {
      const spans: HighlightSpan[] = [];
      const byId = new Map(get().noteRows.map((n) => [n.id, n]));
      for (const [id, m] of places(text)) {
        const findingId = byId.get(id)?.findingId;
        if (m && !(findingId && listed.has(findingId))) spans.push({ id: NOTE_PREFIX + id, start: m.start, end: m.end, severity: 'info' });
      }
      return spans;
    },
    /** Notes the database anchored whose quote is no longer in `text` (typed away since the last recognition). */
    lostNotes(text: string): string[] {
      return [...places(text)].filter(([, m]) => !m).map(([id]) => id);
    },
  };
}

export type ReviewSync = ReturnType<typeof createReviewSync>;
