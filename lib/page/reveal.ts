/**
 * Show a finding in place: scroll the span into view inside the editor and the page (across iframe boundaries),
 * select it, and flash it with a temporary fashen-active highlight.
 */
import type { EditorHandle } from './editors';
import { domRange, type Extracted } from './extract';
import { flashRange } from './highlight';
import { createMirror, mirrorOf } from './mirror';
import { isElement, winOf } from './dom-utils';

export const FLASH_MS = 1600;

export function revealSpan(ed: EditorHandle, ex: Extracted, start: number, end: number): boolean {
  if (ed.kind === 'textarea' || ed.kind === 'input') return revealInField(ed, start, end);
  const range = domRange(ed, ex, start, end);
  if (!range) return false;
  const anchor = range.startContainer.parentElement;
  const rect = range.getBoundingClientRect();
  if (anchor) {
    if (rect.width || rect.height) bringIntoView(anchor, rect);
    else anchor.scrollIntoView({ block: 'center' });
  }
  const doc = ed.doc;
  if (ed.kind !== 'readonly') {
    if (ed.kind === 'iframe') winOf(doc)?.focus();
    ed.root.focus({ preventScroll: true });
  }
  const sel = doc.getSelection();
  if (sel) {
    sel.removeAllRanges();
    sel.addRange(range.cloneRange());
  }
  flashRange(doc, range, FLASH_MS);
  return true;
}

function revealInField(ed: EditorHandle, start: number, end: number): boolean {
  const field = ed.root as HTMLTextAreaElement | HTMLInputElement;
  if (end > field.value.length) return false;
  const own = mirrorOf(field);
  const mirror = own ?? createMirror(field);
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  if (field.tagName.toLowerCase() === 'textarea') {
    const top = mirror.measureTop(start);
    field.scrollTop = Math.max(0, top - field.clientHeight / 3);
  }
  mirror.sync();
  const rect = mirror.rectOf(start, end);
  bringIntoView(field, rect && (rect.width || rect.height) ? rect : field.getBoundingClientRect());
  mirror.sync();
  mirror.flash(start, end, FLASH_MS);
  if (!own) setTimeout(() => mirror.destroy(), FLASH_MS + 50);
  return true;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Scrolls every scrollable ancestor (then the window, then the parent documents through frameElement) so that
 * `rect` — client coordinates of `from`'s document — is vertically centred where it is not already visible.
 */
export function bringIntoView(from: Element, rect: Box): void {
  let r: Box = { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  let el: Element | null = from.parentElement;
  let doc = from.ownerDocument;
  for (let hops = 0; hops < 8; hops++) {
    const win = winOf(doc);
    if (!win) return;
    for (; el && el !== doc.documentElement && el !== doc.body; el = el.parentElement) {
      if (!isScrollable(el, win)) continue;
      const box = el.getBoundingClientRect();
      const top = box.top + el.clientTop;
      const bottom = top + el.clientHeight;
      if (r.top >= top && r.bottom <= bottom) continue;
      const dy = (r.top + r.bottom) / 2 - (top + bottom) / 2;
      const beforeTop = el.scrollTop;
      el.scrollTop += dy;
      const moved = el.scrollTop - beforeTop;
      r = { ...r, top: r.top - moved, bottom: r.bottom - moved };
    }
    const vh = win.innerHeight;
    if (r.top < 0 || r.bottom > vh) {
      const y0 = win.scrollY;
      win.scrollBy(0, (r.top + r.bottom) / 2 - vh / 2);
      const moved = win.scrollY - y0;
      r = { ...r, top: r.top - moved, bottom: r.bottom - moved };
    }
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      return;
    }
    if (!isElement(frame)) return;
    const fr = frame.getBoundingClientRect();
    const dx = fr.left + frame.clientLeft;
    const dyf = fr.top + frame.clientTop;
    r = { top: r.top + dyf, bottom: r.bottom + dyf, left: r.left + dx, right: r.right + dx };
    el = frame.parentElement;
    doc = frame.ownerDocument;
  }
}

function isScrollable(el: Element, win: Window): boolean {
  if (el.scrollHeight <= el.clientHeight + 1) return false;
  const oy = win.getComputedStyle(el).overflowY;
  return oy === 'auto' || oy === 'scroll' || oy === 'overlay';
}
