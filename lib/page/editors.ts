/**
 * Editor discovery: which fields on a drafting portal hold the draft, and what kind of editor each one is
 * (peers.md d1). Classification decides the strategy: value fields get a mirror layer, DOM editors get CSS
 * highlights, read-only pages get highlights but no apply.
 */
import {
  ceAttrEditable,
  ceRoot,
  cjkIn,
  countCjk,
  hasLayout,
  isCeEditable,
  isElement,
  isRendered,
  isValueField,
  tag,
} from './dom-utils';

export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'iframe' | 'readonly';

export interface EditorHandle {
  kind: EditorKind;
  /** The field, the contenteditable element, the <iframe>, or the read-only block. */
  element: HTMLElement;
  /** The editable root: the field itself, the contenteditable element, the iframe's body, the read-only block. */
  root: HTMLElement;
  /** The document `root` lives in (the iframe's own document for iframe editors). */
  doc: Document;
  /** Human label, e.g. 'UEditor 正文'. */
  label: string;
  flavor?: string;
}

const FLAVOR_NAMES: Record<string, string> = {
  ueditor: 'UEditor',
  kindeditor: 'KindEditor',
  tinymce: 'TinyMCE',
  ckeditor4: 'CKEditor 4',
  ckeditor5: 'CKEditor 5',
  wangeditor: 'wangEditor',
  quill: 'Quill',
  prosemirror: 'ProseMirror',
  slate: 'Slate',
  lexical: 'Lexical',
  draft: 'Draft.js',
  trix: 'Trix',
};

/** Read-only draft containers, most specific last is fine: the best one is chosen by CJK count. */
const READONLY_SELECTOR = [
  'article',
  'main',
  '[role="main"]',
  '.content',
  '#content',
  '.article',
  '.main-content',
  '.doc-content',
  '.TRS_Editor',
  '.Custom_UnionStyle',
].join(',');

/** Elements that are contenteditable for an editor's internal use, never the draft. */
const IGNORE_SELECTOR = '.ql-clipboard, [data-fashen-ignore], [aria-hidden="true"]';

export const READONLY_MIN_CJK = 200;
const MAX_FRAME_DEPTH = 3;

/** Every editor in `doc` and its same-origin frames, in document order. */
export function findEditors(doc: Document): EditorHandle[] {
  const editable = collectEditable(doc, 0);
  const hasDraft = editable.some((e) => cjkOfEditor(e) >= READONLY_MIN_CJK);
  if (hasDraft) return editable;
  const ro = findReadonly(doc, 0);
  return ro ? [...editable, ro] : editable;
}

/** The editor containing a focused or clicked node (also inside same-origin iframes), if any. */
export function editorFromEvent(target: EventTarget | null): EditorHandle | undefined {
  const node = target as Node | null;
  if (!node || typeof node !== 'object' || typeof node.nodeType !== 'number') return undefined;
  const el = isElement(node) ? node : node.parentElement;
  if (!el) {
    // A Document (e.g. focus on a designMode iframe's document).
    const doc = node.nodeType === 9 ? (node as Document) : null;
    const frame = doc?.defaultView?.frameElement;
    return doc && frame && isFrameEditor(doc) ? iframeHandle(frame as HTMLElement, doc) : undefined;
  }
  if (isValueField(el)) return fieldHandle(el);
  const doc = el.ownerDocument;
  const root = ceRoot(el);
  if (root) {
    const frame = frameOf(doc);
    if (frame && (root === doc.body || doc.designMode === 'on')) return iframeHandle(frame, doc);
    return ceHandle(root);
  }
  const ro = findReadonly(doc, MAX_FRAME_DEPTH);
  return ro && ro.root.contains(el) ? ro : undefined;
}

/** Same editor? (handles are recreated on every discovery). */
export const sameEditor = (a: EditorHandle, b: EditorHandle): boolean =>
  a.element === b.element && a.root === b.root;

/** The editor most likely to hold the draft: the one with the most CJK text, then the largest. */
export function pickPrimary(editors: EditorHandle[]): EditorHandle | undefined {
  let best: EditorHandle | undefined;
  let bestScore = -1;
  for (const ed of editors) {
    const r = ed.element.getBoundingClientRect();
    const score = cjkOfEditor(ed) * 1e6 + Math.min(r.width * r.height, 999_999);
    if (score > bestScore) [best, bestScore] = [ed, score];
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------

function collectEditable(doc: Document, depth: number): EditorHandle[] {
  const out: EditorHandle[] = [];
  const layout = hasLayout(doc);
  const body = doc.body;
  if (!body) return out;
  if (doc.designMode === 'on' || ceAttrEditable(body) === true) {
    // The whole document is the editor (the caller is inside an editor frame).
    out.push(ceHandle(body));
    return out;
  }
  const all = body.querySelectorAll('textarea, input, [contenteditable], iframe, frame');
  for (const el of Array.from(all)) {
    const t = tag(el);
    if (t === 'iframe' || t === 'frame') {
      const idoc = frameDoc(el);
      if (!idoc?.body) continue;
      if (isFrameEditor(idoc)) {
        if (isRendered(el) && bigEnough(el, layout, 100, 40)) out.push(iframeHandle(el as HTMLElement, idoc));
      } else if (depth < MAX_FRAME_DEPTH && isRendered(el)) {
        out.push(...collectEditable(idoc, depth + 1));
      }
      continue;
    }
    if (!isElement(el) || el.closest(IGNORE_SELECTOR)) continue;
    if (isValueField(el)) {
      if (el.readOnly || el.disabled || !isRendered(el)) continue;
      const ok = t === 'textarea' ? bigEnough(el, layout, 120, 36) : bigEnough(el, layout, 400, 0);
      if (ok) out.push(fieldHandle(el));
      continue;
    }
    if (ceAttrEditable(el) !== true || !isCeEditable(el)) continue;
    const parent = el.parentElement;
    if (parent && isCeEditable(parent)) continue; // nested editable region: its host is the editor
    if (isRendered(el) && bigEnough(el, layout, 100, 18)) out.push(ceHandle(el));
  }
  return out;
}

function bigEnough(el: Element, layout: boolean, minW: number, minH: number): boolean {
  if (!layout) return true;
  const r = el.getBoundingClientRect();
  return r.width >= minW && r.height >= minH;
}

function frameDoc(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin
  }
}

function frameOf(doc: Document): HTMLElement | null {
  try {
    const f = doc.defaultView?.frameElement;
    return isElement(f) ? f : null;
  } catch {
    return null;
  }
}

const isFrameEditor = (idoc: Document): boolean =>
  idoc.designMode === 'on' || (!!idoc.body && ceAttrEditable(idoc.body) === true);

function cjkOfEditor(ed: EditorHandle): number {
  if (ed.kind === 'textarea' || ed.kind === 'input') return countCjk((ed.root as HTMLTextAreaElement).value);
  return cjkIn(ed.root);
}

function findReadonly(doc: Document, depth: number): EditorHandle | undefined {
  let best: { el: HTMLElement; n: number } | undefined;
  const consider = (d: Document, level: number): void => {
    const body = d.body;
    if (!body) return;
    const cands = Array.from(body.querySelectorAll(READONLY_SELECTOR)).filter(isElement);
    cands.push(body);
    const scored = cands.filter((el) => !el.closest(IGNORE_SELECTOR)).map((el) => ({ el, n: cjkIn(el) }));
    for (const c of scored) if (!best || c.n > best.n || (c.n === best.n && best.el.contains(c.el))) best = c;
    if (level < MAX_FRAME_DEPTH) {
      for (const f of Array.from(body.querySelectorAll('iframe, frame'))) {
        const idoc = frameDoc(f);
        if (idoc && isRendered(f)) consider(idoc, level + 1);
      }
    }
  };
  consider(doc, depth);
  if (!best || best.n < READONLY_MIN_CJK) return undefined;
  // Prefer the tightest candidate that still holds nearly all of the text (article inside main inside body).
  let cur = best;
  for (;;) {
    const inner = Array.from(cur.el.querySelectorAll(READONLY_SELECTOR))
      .filter(isElement)
      .map((el) => ({ el, n: cjkIn(el) }))
      .filter((c) => c.n >= cur.n * 0.9)
      .sort((a, b) => a.n - b.n)[0];
    if (!inner || inner.el === cur.el) break;
    cur = inner;
  }
  return {
    kind: 'readonly',
    element: cur.el,
    root: cur.el,
    doc: cur.el.ownerDocument,
    label: labelText(cur.el) || '页面正文（只读）',
  };
}

// ---------------------------------------------------------------------------------------------------------------

function fieldHandle(el: HTMLTextAreaElement | HTMLInputElement): EditorHandle {
  const kind: EditorKind = tag(el) === 'textarea' ? 'textarea' : 'input';
  const text = labelText(el) || el.getAttribute('placeholder')?.trim() || el.name || el.id;
  return { kind, element: el, root: el, doc: el.ownerDocument, label: text || (kind === 'textarea' ? '文本框' : '输入框') };
}

function ceHandle(el: HTMLElement): EditorHandle {
  const flavor = ceFlavor(el);
  return { kind: 'contenteditable', element: el, root: el, doc: el.ownerDocument, label: makeLabel(el, flavor, '编辑区'), flavor };
}

function iframeHandle(frame: HTMLElement, idoc: Document): EditorHandle {
  const body = idoc.body;
  const flavor = frameFlavor(frame, idoc);
  return { kind: 'iframe', element: frame, root: body, doc: idoc, label: makeLabel(frame, flavor, '编辑器'), flavor };
}

function makeLabel(el: HTMLElement, flavor: string | undefined, fallback: string): string {
  const own = labelText(el);
  if (flavor) return `${FLAVOR_NAMES[flavor] ?? flavor} ${own || '正文'}`;
  return own || fallback;
}

function ceFlavor(el: HTMLElement): string | undefined {
  const cls = (s: string) => el.classList.contains(s);
  if (cls('ProseMirror')) return 'prosemirror';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (cls('w-e-text') || el.closest('.w-e-text-container')) return 'wangeditor';
  if (el.hasAttribute('data-slate-editor')) return 'slate';
  if (cls('ql-editor')) return 'quill';
  if (cls('ck-editor__editable')) return 'ckeditor5';
  if (cls('cke_editable')) return 'ckeditor4';
  if (cls('mce-content-body')) return 'tinymce';
  if (cls('public-DraftEditor-content') || el.closest('.DraftEditor-root')) return 'draft';
  if (tag(el) === 'trix-editor') return 'trix';
  if (el.closest('.edui-editor')) return 'ueditor';
  if (el.closest('.ke-container')) return 'kindeditor';
  return undefined;
}

function frameFlavor(frame: HTMLElement, idoc: Document): string | undefined {
  const body = idoc.body;
  const id = frame.id ?? '';
  if (body.id === 'tinymce' || body.classList.contains('mce-content-body') || /_ifr$/.test(id)) return 'tinymce';
  if (body.classList.contains('cke_editable') || frame.classList.contains('cke_wysiwyg_frame')) return 'ckeditor4';
  if (body.classList.contains('ke-content') || frame.classList.contains('ke-edit-iframe') || frame.closest('.ke-container'))
    return 'kindeditor';
  if (/^ueditor_\d+$/.test(id) || frame.closest('.edui-editor')) return 'ueditor';
  if (body.classList.contains('wysihtml5-editor')) return 'wysihtml5';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------

const LABEL_LIKE = /(^|[-_\s])(label|tit|caption)([-_\s]|$)/i;
const GENERIC_ARIA = /富文本|编辑器|editor|rich text|textbox|所见即所得/i;

const clean = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').replace(/[：:*＊\s]+$/, '').replace(/^[*＊\s]+/, '').trim();

/** A short human label from aria attributes, <label>, or a label-like element just before the field. */
export function labelText(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const byIds = el.getAttribute('aria-labelledby');
  if (byIds) {
    const t = clean(byIds.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
    if (t && !GENERIC_ARIA.test(t) && t.length <= 24) return t;
  }
  if (el.id) {
    const forLabel = doc.querySelector(`label[for="${cssEscape(el.id)}"]`);
    const t = clean(forLabel?.textContent);
    if (t) return t;
  }
  const wrap = el.closest('label');
  if (wrap) {
    const t = clean(wrap.textContent);
    if (t && t.length <= 24) return t;
  }
  const aria = clean(el.getAttribute('aria-label'));
  if (aria && !GENERIC_ARIA.test(aria) && aria.length <= 24) return aria;
  const near = nearbyLabel(el);
  if (near) return near;
  const title = clean(el.getAttribute('title'));
  if (title && !GENERIC_ARIA.test(title) && title.length <= 24) return title;
  return '';
}

const FIELD_SELECTOR = 'input, textarea, select, iframe, [contenteditable]';

/** A label-like element just before the field or one of its ancestors; stops at another field's territory. */
function nearbyLabel(el: HTMLElement): string {
  let cur: Element | null = el;
  for (let up = 0; cur && up < 7; up++, cur = cur.parentElement) {
    let sib = cur.previousElementSibling;
    for (let k = 0; sib && k < 3; k++, sib = sib.previousElementSibling) {
      const t = tag(sib);
      const looksLabel =
        t === 'label' || t === 'th' || t === 'dt' || t === 'legend' || LABEL_LIKE.test(sib.className || '');
      if (looksLabel) {
        const text = clean(sib.textContent);
        if (text && text.length <= 16 && !GENERIC_ARIA.test(text)) return text;
        continue;
      }
      if (sib.matches(FIELD_SELECTOR) || sib.querySelector(FIELD_SELECTOR)) return '';
    }
    if (tag(cur) === 'body' || tag(cur) === 'form') break;
  }
  return '';
}

function cssEscape(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}
