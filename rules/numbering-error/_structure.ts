/** Structure helpers shared by the document-level rules (numbering, validity, issuer): articles, title, "whole document". */
import type { DocContext } from '../../lib/engine/rule-context';
import { cnToNumber } from '../../lib/engine/segment';

export interface ArticleHead {
  para: number;
  n: number;
  sub?: number;
  /** Length of the 第X条(之Y) label at the start of the paragraph (normalised). */
  length: number;
}

const headsOf = new WeakMap<DocContext, ArticleHead[]>();

/** The article heads of a document (shared by the rules of one review: do not modify). */
export function articleHeads(doc: DocContext): ArticleHead[] {
  let out = headsOf.get(doc);
  if (out) return out;
  out = [];
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const a = ps[i].shape.article;
    if (a && a.n > 0) out.push(a.sub ? { para: i, n: a.n, sub: a.sub, length: a.length } : { para: i, n: a.n, length: a.length });
  }
  headsOf.set(doc, out);
  return out;
}

/** Index of the title paragraph (meta.title), else of the first non-empty paragraph; -1 for an empty text. */
export function titleParagraph(doc: DocContext): number {
  const t = doc.meta.title;
  if (t) {
    const i = doc.paragraphs.findIndex((p) => p.text.length <= t.length + 4 && p.text.includes(t));
    if (i >= 0) return i;
  }
  return doc.paragraphs.findIndex((p) => p.text.trim().length > 0);
}

/** A whole document rather than a clause: it has a title, or at least three articles. */
export function isWholeDocument(doc: DocContext): boolean {
  if (doc.meta.title) return true;
  let n = 0;
  for (const p of doc.paragraphs) if (p.shape.article && ++n >= 3) return true;
  return false;
}

/** Texts whose numbering is not their own: amendment decisions, comparison tables, commentaries. */
export function quotesOtherNumbering(doc: DocContext): boolean {
  return /修改|修正|对照|解读|说明|释义|汇编|摘编|答记者问|问答|废止/.test(doc.meta.title ?? '');
}

export const CN_NUM = '[零〇一二三四五六七八九十百千两\\d]+';

/** Chinese numeral characters of an article head (segment.ts ARTICLE_HEAD): 1, with the digits 0-9: 2. */
const HEAD_CHAR = new Uint8Array(0x10000);
for (const ch of '零〇一二三四五六七八九十百千两') HEAD_CHAR[ch.charCodeAt(0)] = 1;
for (let d = 0x30; d <= 0x39; d++) HEAD_CHAR[d] = 2;

/** End of the run of numerals (CN_NUM: Chinese numerals and digits) that starts at `from`. */
export function numeralsEnd(t: string, from: number): number {
  let i = from;
  while (i < t.length && HEAD_CHAR[t.charCodeAt(i)]) i++;
  return i;
}

/**
 * Length of the paragraph's 第X条(之Y) head as ARTICLE_HEAD matches it (0 when there is none), without a match object.
 * 条 stands right after X, so X is t.slice(1, t.indexOf('条')) and Y (when the head is longer) follows 条之.
 */
export function articleHeadLength(t: string): number {
  if (t.charCodeAt(0) !== 0x7b2c) return 0; // 第
  const i = numeralsEnd(t, 1);
  if (i === 1 || t.charCodeAt(i) !== 0x6761) return 0; // 条
  const end = i + 1;
  if (t.charCodeAt(end) === 0x4e4b) {
    // 之 + numerals (no digits)
    let j = end + 1;
    while (j < t.length && HEAD_CHAR[t.charCodeAt(j)] === 1) j++;
    if (j > end + 1) return j;
  }
  return end;
}

export function num(s: string): number {
  return cnToNumber(s);
}

/** Span of the whole paragraph (trimmed to its first 40 characters) for document-level findings. */
export function headSpan(doc: DocContext, para: number): { start: number; end: number } {
  const t = doc.paragraphs[para]?.text ?? '';
  return { start: 0, end: Math.min(t.length, 40) };
}
