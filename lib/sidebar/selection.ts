/**
 * The reviewer's selection in an editor, as offsets into the editor's extracted text (lib/page/extract): a field's
 * selectionStart/End (its value is the text), or the document selection mapped through the extraction's text
 * segments. Read only — the page's selection is never changed.
 */
import type { EditorLike, ExtractedLike } from './page-api';

export interface TextSpan {
  start: number;
  end: number;
  exact: string;
}

interface Seg {
  node: Node;
  start: number;
  end: number;
  offset: number;
}

type WithSegs = ExtractedLike & { nodes?: readonly Seg[] };

function fieldSpan(el: Element, text: string): TextSpan | undefined {
  if (!('selectionStart' in el) || !('selectionEnd' in el)) return undefined;
  const { selectionStart: a, selectionEnd: b } = el;
  if (typeof a !== 'number' || typeof b !== 'number' || b <= a || b > text.length) return undefined;
  return { start: a, end: b, exact: text.slice(a, b) };
}

/** Text offsets of a DOM range through the segments (sorted by start): the characters the range covers. */
export function rangeToSpan(range: Pick<Range, 'comparePoint' | 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>, ex: WithSegs): TextSpan | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (const s of ex.nodes ?? []) {
    const len = s.end - s.start;
    let from = 0;
    let to = len;
    if (s.node === range.startContainer) from = Math.min(len, Math.max(0, range.startOffset - s.offset));
    else if (range.comparePoint(s.node, s.offset + len) < 0) continue; // the segment ends before the range
    if (s.node === range.endContainer) to = Math.min(len, Math.max(0, range.endOffset - s.offset));
    else if (range.comparePoint(s.node, s.offset) > 0) break; // the segment starts after the range
    if (to <= from) continue;
    start ??= s.start + from;
    end = s.start + to;
  }
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end, exact: ex.text.slice(start, end) };
}

/** The selected span of `ed`, trimmed of surrounding white space; undefined when nothing in it is selected. */
export function selectionIn(ed: EditorLike, ex: WithSegs): TextSpan | undefined {
  let span: TextSpan | undefined;
  if (ed.kind === 'textarea' || ed.kind === 'input') span = fieldSpan(ed.element, ex.text);
  else {
    const sel = ed.doc.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return undefined;
    span = rangeToSpan(sel.getRangeAt(0), ex);
  }
  if (!span) return undefined;
  const lead = span.exact.length - span.exact.trimStart().length;
  const trail = span.exact.length - span.exact.trimEnd().length;
  if (lead + trail >= span.exact.length) return undefined;
  const start = span.start + lead;
  const end = span.end - trail;
  return { start, end, exact: ex.text.slice(start, end) };
}
