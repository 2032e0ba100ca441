/**
 * Underlines without touching the editor (peers.md d2). DOM editors: CSS Custom Highlight API in the editor's own
 * document — ranges only, the editor's DOM stays byte-identical. textarea/input: the mirror layer (mirror.ts).
 *
 * Highlights are shared per document: two editors in one page each add and remove only their own ranges in the
 * same four Highlight objects (fashen-error / -warning / -info / -active).
 */
import type { EditorHandle } from './editors';
import { domRange, type Extracted } from './extract';
import { createMirror, type Mirror } from './mirror';
import { ensureHighlightStyle, HIGHLIGHT_NAMES, type Severity } from './styles';
import { winOf } from './dom-utils';

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface Highlighter {
  render(spans: HighlightSpan[], ex: Extracted): void;
  clear(): void;
  destroy(): void;
  /** Id of the span under a client point of the editor's document (event.clientX/Y of an event in ed.doc). */
  hitTest(x: number, y: number): string | undefined;
}

type Slot = Severity | 'active';
type DocHighlights = Record<Slot, Highlight>;

const perDoc = new WeakMap<Document, DocHighlights>();
const PRIORITY: Record<Slot, number> = { info: 1, warning: 2, error: 3, active: 4 };

/** The four shared Highlight objects of a document, (re-)registered; null where the API is missing. */
export function docHighlights(doc: Document): DocHighlights | null {
  const win = winOf(doc);
  const registry = win?.CSS?.highlights;
  if (!win || !registry || typeof win.Highlight !== 'function') return null;
  let h = perDoc.get(doc);
  if (!h) {
    const make = (slot: Slot): Highlight => {
      const x = new win.Highlight();
      x.priority = PRIORITY[slot];
      return x;
    };
    h = { info: make('info'), warning: make('warning'), error: make('error'), active: make('active') };
    perDoc.set(doc, h);
  }
  for (const slot of Object.keys(HIGHLIGHT_NAMES) as Slot[]) {
    const name = HIGHLIGHT_NAMES[slot];
    if (registry.get(name) !== h[slot]) registry.set(name, h[slot]); // the page may have cleared the registry
  }
  ensureHighlightStyle(doc);
  return h;
}

/** Adds a range to fashen-active for `ms` (used by reveal). */
export function flashRange(doc: Document, range: Range, ms: number): void {
  const h = docHighlights(doc);
  if (!h) return;
  const r = range.cloneRange();
  h.active.add(r);
  setTimeout(() => h.active.delete(r), ms);
}

export function createHighlighter(ed: EditorHandle): Highlighter {
  if (ed.kind === 'textarea' || ed.kind === 'input') return fieldHighlighter(ed);
  return rangeHighlighter(ed);
}

function rangeHighlighter(ed: EditorHandle): Highlighter {
  let own: { id: string; range: Range; slot: Severity }[] = [];
  const clear = (): void => {
    const h = perDoc.get(ed.doc);
    if (h) for (const o of own) h[o.slot].delete(o.range);
    own = [];
  };
  return {
    render(spans, ex) {
      clear();
      const h = docHighlights(ed.doc);
      for (const s of spans) {
        const range = domRange(ed, ex, s.start, s.end);
        if (!range) continue;
        own.push({ id: s.id, range, slot: s.severity });
        h?.[s.severity].add(range);
      }
    },
    clear,
    destroy: clear,
    hitTest(x, y) {
      let best: { id: string; rank: number; len: number } | undefined;
      for (const o of own) {
        if (o.range.collapsed) continue;
        for (const r of Array.from(o.range.getClientRects())) {
          if (x < r.left - 1 || x > r.right + 1 || y < r.top - 1 || y > r.bottom + 3) continue;
          const len = o.range.toString().length;
          const rank = PRIORITY[o.slot];
          if (!best || rank > best.rank || (rank === best.rank && len < best.len)) best = { id: o.id, rank, len };
          break;
        }
      }
      return best?.id;
    },
  };
}

function fieldHighlighter(ed: EditorHandle): Highlighter {
  let mirror: Mirror | null = null;
  const field = ed.root as HTMLTextAreaElement | HTMLInputElement;
  return {
    render(spans) {
      mirror ??= createMirror(field);
      mirror.setSpans(spans);
    },
    clear() {
      mirror?.setSpans([]);
    },
    destroy() {
      mirror?.destroy();
      mirror = null;
    },
    hitTest(x, y) {
      return mirror?.hitTest(x, y);
    },
  };
}
