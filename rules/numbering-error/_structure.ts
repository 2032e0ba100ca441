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

export function num(s: string): number {
  return cnToNumber(s);
}

/** Span of the whole paragraph (trimmed to its first 40 characters) for document-level findings. */
export function headSpan(doc: DocContext, para: number): { start: number; end: number } {
  const t = doc.paragraphs[para]?.text ?? '';
  return { start: 0, end: Math.min(t.length, 40) };
}
