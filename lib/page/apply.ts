/**
 * Apply a suggested replacement as ONE native undo step (peers.md d3): re-read the live text, verify the quote
 * (or re-anchor it to the unique nearest occurrence), select the span, and let the browser edit it with
 * execCommand('insertText' | 'delete') in the editor's own document — never .value or innerHTML.
 */
import type { EditorHandle } from './editors';
import { domRange, extractText } from './extract';
import { winOf } from './dom-utils';

export interface FixTarget {
  start: number;
  end: number;
  quote: string;
  /** Optional context (W3C TextQuoteSelector) that decides between several occurrences of the quote. */
  prefix?: string;
  suffix?: string;
}

export type ApplyResult = { ok: true; start: number; end: number } | { ok: false; reason: string };
export type Located = { ok: true; start: number; end: number; moved: boolean } | { ok: false; reason: string };

const short = (s: string): string => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

/**
 * Where the quote is now: at its old offsets, or at the unique nearest occurrence (context first when given).
 * Pure; unit-tested.
 */
export function locateQuote(text: string, t: FixTarget): Located {
  if (t.start < 0 || t.end < t.start) return { ok: false, reason: '修改位置无效。' };
  if (text.slice(t.start, t.end) === t.quote && contextFits(text, t.start, t.end, t)) {
    return { ok: true, start: t.start, end: t.end, moved: false };
  }
  if (!t.quote) return { ok: false, reason: '原文已变化，无法确定插入位置，请重新审核。' };
  let occ: number[] = [];
  for (let i = text.indexOf(t.quote); i >= 0 && occ.length < 5000; i = text.indexOf(t.quote, i + 1)) occ.push(i);
  if (!occ.length) return { ok: false, reason: `原文已修改，未找到“${short(t.quote)}”，请重新审核后再修改。` };
  if ((t.prefix || t.suffix) && occ.length > 1) {
    const scores = occ.map((i) => contextScore(text, i, i + t.quote.length, t));
    const best = Math.max(...scores);
    if (best > 0) occ = occ.filter((_, k) => scores[k] === best);
  }
  const dist = (i: number): number => Math.abs(i - t.start);
  occ.sort((a, b) => dist(a) - dist(b));
  const [first, second] = occ;
  if (second !== undefined && dist(second) === dist(first!)) {
    return { ok: false, reason: `原文中有多处“${short(t.quote)}”，无法确定要修改哪一处，请重新审核。` };
  }
  return { ok: true, start: first!, end: first! + t.quote.length, moved: true };
}

function contextFits(text: string, s: number, e: number, t: FixTarget): boolean {
  if (t.prefix && !text.slice(0, s).endsWith(t.prefix)) return false;
  if (t.suffix && !text.slice(e).startsWith(t.suffix)) return false;
  return true;
}

/** Matching characters of prefix (backwards) and suffix (forwards). */
function contextScore(text: string, s: number, e: number, t: FixTarget): number {
  let n = 0;
  const p = t.prefix ?? '';
  while (n < p.length && s - 1 - n >= 0 && text[s - 1 - n] === p[p.length - 1 - n]) n++;
  let m = 0;
  const q = t.suffix ?? '';
  while (m < q.length && e + m < text.length && text[e + m] === q[m]) m++;
  return n + m;
}

/** Model-driven editors that handle beforeinput themselves and may revert raw DOM edits. */
const BEFOREINPUT_FIRST = new Set(['slate', 'lexical', 'ckeditor5']);

export function applyFix(ed: EditorHandle, target: FixTarget, replacement: string): ApplyResult {
  if (ed.kind === 'readonly') return { ok: false, reason: '该页面为只读文稿，无法直接修改。' };
  const before = extractText(ed);
  const at = locateQuote(before.text, target);
  if (!at.ok) return at;
  const { start, end } = at;
  const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
  const doc = ed.doc;

  if (ed.kind === 'textarea' || ed.kind === 'input') {
    const field = ed.root as HTMLTextAreaElement | HTMLInputElement;
    if (field.readOnly || field.disabled) return { ok: false, reason: '该输入框为只读，无法修改。' };
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    if (!exec(doc, replacement, start === end)) {
      return { ok: false, reason: '浏览器未能执行替换（不支持 execCommand），请手动修改。' };
    }
    return verify(field.value, before.text, expected, start, replacement);
  }

  const range = domRange(ed, before, start, end);
  if (!range) return { ok: false, reason: '无法在编辑器中定位这段文字，请重新审核。' };
  const win = winOf(doc);
  if (ed.kind === 'iframe') win?.focus();
  ed.root.focus({ preventScroll: true });
  const sel = doc.getSelection();
  if (!sel) return { ok: false, reason: '无法选中编辑器中的文字。' };
  sel.removeAllRanges();
  sel.addRange(range);

  const modelDriven = ed.root.hasAttribute('data-slate-editor') || (!!ed.flavor && BEFOREINPUT_FIRST.has(ed.flavor));
  if (modelDriven && win && typeof win.InputEvent === 'function') {
    const ev = new win.InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: replacement,
      bubbles: true,
      cancelable: true,
      composed: true,
      targetRanges: [new win.StaticRange(range)],
    } as InputEventInit);
    const notHandled = ed.root.dispatchEvent(ev);
    // The editor applied it through its model (and its own undo stack); the watcher re-reads the text.
    if (!notHandled) return { ok: true, start, end: start + replacement.length };
  }
  if (!exec(doc, replacement, start === end)) {
    return { ok: false, reason: '浏览器未能执行替换（不支持 execCommand），请手动修改。' };
  }
  return verify(extractText(ed).text, before.text, expected, start, replacement);
}

function exec(doc: Document, replacement: string, empty: boolean): boolean {
  try {
    if (replacement) return doc.execCommand('insertText', false, replacement);
    return empty ? true : doc.execCommand('delete', false);
  } catch {
    return false;
  }
}

function verify(after: string, before: string, expected: string, start: number, replacement: string): ApplyResult {
  const ok = { ok: true as const, start, end: start + replacement.length };
  if (after === expected) return ok;
  if (after === before) return { ok: false, reason: '编辑器没有接受这处修改，请手动修改。' };
  if (after.slice(start, start + replacement.length) === replacement) return ok; // block structure shifted
  return { ok: false, reason: '修改结果与预期不一致，请检查原文（可按 Ctrl+Z 撤销）。' };
}
