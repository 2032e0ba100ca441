/** Examples mark the offending span [[like this]] (rules/define-rule.ts); these helpers read the marks. */
import type { CustomExample } from './schema';

export interface Unmarked {
  text: string;
  /** Marked spans in `text`. */
  spans: [number, number][];
}

/** Removes [[ ]] marks; returns the clean text and the marked spans. An unclosed [[ is kept as text. */
export function unmark(s: string): Unmarked {
  const spans: [number, number][] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('[[', i);
    const close = open < 0 ? -1 : s.indexOf(']]', open + 2);
    if (close < 0) break;
    text += s.slice(i, open);
    const start = text.length;
    text += s.slice(open + 2, close);
    spans.push([start, text.length]);
    i = close + 2;
  }
  text += s.slice(i);
  return { text, spans };
}

export function exampleText(e: CustomExample | { text: string }): string {
  return typeof e === 'string' ? e : e.text;
}

/** Pieces of an example for display: plain text and marked spans in order. */
export function exampleParts(s: string): { text: string; marked: boolean }[] {
  const { text, spans } = unmark(s);
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) out.push({ text: text.slice(at, a), marked: false });
    out.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
