/**
 * Small DOM helpers shared by lib/page. Realm-safe: editors live in iframes, so never use `instanceof
 * HTMLElement` (another window's elements fail it) — compare node types and tag names instead.
 */

export const isElement = (n: unknown): n is HTMLElement =>
  !!n && typeof n === 'object' && (n as Node).nodeType === 1;

export const isText = (n: unknown): n is Text => !!n && typeof n === 'object' && (n as Node).nodeType === 3;

export const tag = (el: Element): string => el.tagName.toLowerCase();

export function isValueField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const t = tag(el);
  if (t === 'textarea') return true;
  if (t !== 'input') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return type === 'text' || type === 'search' || type === '';
}

/** The contenteditable attribute says "editable" (true, '', plaintext-only). */
export function ceAttrEditable(el: Element): boolean | undefined {
  const v = el.getAttribute('contenteditable');
  if (v === null) return undefined;
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'true' || s === 'plaintext-only') return true;
  if (s === 'false') return false;
  return undefined;
}

/** Is this element editable through contenteditable/designMode (own computation; happy-dom-safe)? */
export function isCeEditable(el: Element): boolean {
  if (el.ownerDocument.designMode === 'on') return true;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = ceAttrEditable(e);
    if (v !== undefined) return v;
  }
  return false;
}

/** The outermost editable ancestor (the editing host) of an editable element. */
export function ceRoot(el: Element): HTMLElement | undefined {
  if (!isCeEditable(el)) return undefined;
  const doc = el.ownerDocument;
  if (doc.designMode === 'on') return doc.body ?? undefined;
  let root: Element | undefined;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = ceAttrEditable(e);
    if (v === true) root = e;
    else if (v === false) break;
  }
  return isElement(root) ? root : undefined;
}

/** Not display:none / hidden / visibility:hidden on itself or any ancestor. */
export function isRendered(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if ((e as HTMLElement).hidden) return false;
    const cs = win.getComputedStyle(e);
    if (cs.display === 'none') return false;
    if (e === el && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return false;
  }
  return true;
}

/** happy-dom and friends have no layout: every rect is 0×0. Size checks are skipped there. */
export function hasLayout(doc: Document): boolean {
  const r = doc.documentElement?.getBoundingClientRect();
  return !!r && (r.width > 0 || r.height > 0);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
export const countCjk = (s: string): number => s.match(CJK)?.length ?? 0;

const SKIP_TEXT_IN = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option']);

/** CJK characters in the visible-ish text of a subtree (cheap: no style computation). */
export function cjkIn(root: Element): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const p = t.parentElement;
    if (p && SKIP_TEXT_IN.has(tag(p))) continue;
    n += countCjk((t as Text).data);
  }
  return n;
}

/** The window of the document an element lives in (the iframe's window for iframe editors). */
export const winOf = (doc: Document): (Window & typeof globalThis) | null =>
  doc.defaultView as (Window & typeof globalThis) | null;
