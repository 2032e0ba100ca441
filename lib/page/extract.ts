/**
 * One canonical plain-text view of an editor plus a map back to the DOM (peers.md d4): block elements and <br>
 * become '\n', collapsible whitespace collapses as the browser renders it, hidden subtrees are skipped. Every
 * character of `text` is either a copy of one character of one Text node (a segment) or a synthetic line break.
 */
import type { EditorHandle } from './editors';
import { isElement, isText, tag } from './dom-utils';

/** text[start, end) === node.data.slice(offset, offset + (end - start)). */
export interface TextSeg {
  node: Text;
  start: number;
  end: number;
  offset: number;
}

export interface Extracted {
  text: string;
  /** DOM editors only; sorted by start, non-overlapping. Absent for textarea/input (offsets = value offsets). */
  nodes?: TextSeg[];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'frame', 'object', 'embed',
  'svg', 'canvas', 'video', 'audio', 'textarea', 'input', 'select', 'button', 'img',
]);

type WsMode = 'collapse' | 'pre' | 'pre-line';

export function extractText(ed: EditorHandle): Extracted {
  if (ed.kind === 'textarea' || ed.kind === 'input') {
    return { text: (ed.root as HTMLTextAreaElement | HTMLInputElement).value };
  }
  return extractDom(ed.root);
}

/** Extraction of any DOM subtree (exported for tests and for read-only blocks). */
export function extractDom(root: Element): Extracted {
  const b = new Builder();
  const win = root.ownerDocument.defaultView;
  const wsCache = new Map<Element, WsMode>();
  const wsOf = (el: Element): WsMode => {
    let m = wsCache.get(el);
    if (!m) {
      const ws = win ? win.getComputedStyle(el).whiteSpace : '';
      m = ws.startsWith('pre-line') ? 'pre-line' : ws.startsWith('pre') || ws === 'break-spaces' ? 'pre' : 'collapse';
      wsCache.set(el, m);
    }
    return m;
  };

  const visit = (node: Node): void => {
    if (isText(node)) {
      if (node.data.length) b.text(node, node.parentElement ? wsOf(node.parentElement) : 'collapse');
      return;
    }
    if (!isElement(node)) return;
    const t = tag(node);
    if (SKIP.has(t) || node.hidden || node.hasAttribute('data-fashen-ignore')) return;
    if (t === 'br') {
      b.lineBreak();
      return;
    }
    if (win && node !== root && win.getComputedStyle(node).display === 'none') return;
    const block = BLOCK.has(t);
    const cell = CELL.has(t);
    if (block) b.blockEdge();
    else if (cell) b.cellEdge();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) b.blockEdge();
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  const text = b.finish();
  return { text, nodes: b.segs };
}

class Builder {
  parts: string[] = [];
  segs: TextSeg[] = [];
  len = 0;
  last = '';
  /** A block edge was passed: the next visible character starts a new line. */
  pendingBreak = false;
  /** The last emitted char is a collapsed space (its own segment) that a following line break would hide. */
  softSpace = false;

  private push(s: string, node?: Text, offset = 0): void {
    if (!s) return;
    if (node) {
      const prev = this.segs[this.segs.length - 1];
      if (prev && prev.node === node && prev.end === this.len && prev.offset + (prev.end - prev.start) === offset) {
        prev.end += s.length;
      } else {
        this.segs.push({ node, start: this.len, end: this.len + s.length, offset });
      }
    }
    this.parts.push(s);
    this.len += s.length;
    this.last = s[s.length - 1]!;
  }

  private dropSoftSpace(): void {
    if (!this.softSpace) return;
    this.softSpace = false;
    this.segs.pop();
    this.parts.pop();
    this.len -= 1;
    const p = this.parts[this.parts.length - 1];
    this.last = p ? p[p.length - 1]! : '';
  }

  private flush(): void {
    if (this.pendingBreak) {
      this.pendingBreak = false;
      this.dropSoftSpace();
      if (this.len > 0 && this.last !== '\n') this.push('\n');
    }
  }

  private get atLineStart(): boolean {
    return this.len === 0 || this.last === '\n' || this.pendingBreak;
  }

  blockEdge(): void {
    this.dropSoftSpace(); // a collapsed space at the end of a block is not rendered
    if (this.len > 0 && this.last !== '\n') this.pendingBreak = true;
  }

  finish(): string {
    this.dropSoftSpace();
    return this.parts.join('');
  }

  cellEdge(): void {
    this.flush();
    this.dropSoftSpace();
    if (this.len > 0 && this.last !== '\n' && this.last !== '\t') this.push('\t');
  }

  lineBreak(): void {
    this.flush();
    this.dropSoftSpace();
    this.push('\n');
  }

  text(node: Text, mode: WsMode): void {
    const data = node.data;
    if (mode === 'pre') {
      this.flush();
      this.softSpace = false;
      this.push(data, node, 0);
      return;
    }
    const re = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const run = m[0];
      const at = m.index;
      if (!/^[ \t\n\r\f]/.test(run)) {
        this.flush();
        this.softSpace = false;
        this.push(run, node, at);
        continue;
      }
      if (mode === 'pre-line' && run.includes('\n')) {
        // Each newline is kept; spaces around it vanish.
        let i = run.indexOf('\n');
        while (i >= 0) {
          this.flush();
          this.dropSoftSpace();
          this.push('\n', node, at + i);
          i = run.indexOf('\n', i + 1);
        }
        continue;
      }
      if (this.atLineStart || this.last === ' ') continue;
      this.push(' ', node, at);
      // A separate segment so that it can be taken back when a line break follows.
      const seg = this.segs[this.segs.length - 1]!;
      if (seg.end - seg.start > 1) {
        seg.end -= 1;
        this.segs.push({ node, start: this.len - 1, end: this.len, offset: at });
      }
      this.softSpace = true;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** First segment whose end is > k (binary search). */
function segAfter(segs: TextSeg[], k: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end > k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM point for text offset k. 'start' bias skips forward over synthetic characters (range starts), 'end'
 * bias skips backward (range ends), so ranges never swallow a block boundary they do not need.
 */
export function pointAt(ex: Extracted, k: number, bias: 'start' | 'end'): DomPoint | null {
  const segs = ex.nodes;
  if (!segs?.length) return null;
  if (bias === 'start') {
    const i = segAfter(segs, k);
    const s = segs[i];
    if (!s) return null;
    return s.start <= k ? { node: s.node, offset: s.offset + k - s.start } : { node: s.node, offset: s.offset };
  }
  // end bias: last segment with start < k
  const i = segAfter(segs, k - 1);
  let s = segs[i];
  if (!s || s.start >= k) s = segs[i - 1];
  if (!s) return null;
  if (s.start < k && k <= s.end) return { node: s.node, offset: s.offset + k - s.start };
  return { node: s.node, offset: s.offset + (s.end - s.start) };
}

/** Text offset of a DOM point inside the extraction (e.g. from caretPositionFromPoint), or -1. */
export function offsetAt(ex: Extracted, node: Node, offset: number): number {
  for (const s of ex.nodes ?? []) {
    if (s.node === node && offset >= s.offset && offset <= s.offset + (s.end - s.start)) return s.start + offset - s.offset;
  }
  return -1;
}

/** A DOM Range over text[start, end) in a DOM editor; null for value fields or when the DOM has moved on. */
export function domRange(ed: EditorHandle, ex: Extracted, start: number, end: number): Range | null {
  if (!ex.nodes || start < 0 || end < start || end > ex.text.length) return null;
  const a = pointAt(ex, start, 'start');
  const b = start === end ? a : pointAt(ex, end, 'end');
  if (!a || !b) return null;
  for (const p of [a, b]) if (!p.node.isConnected || p.offset > p.node.length) return null;
  const range = (a.node.ownerDocument ?? ed.doc).createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  // A span made only of synthetic line breaks maps to nothing.
  if (start !== end && range.collapsed) return null;
  if (range.startContainer !== a.node || range.startOffset !== a.offset) return null; // end was before start
  return range;
}
