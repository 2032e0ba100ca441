/**
 * Structure of a draft: paragraphs (lines) -> clauses (split at 。！？；), with 条 / 项 markers.
 * Works on one paragraph's normalised text so results can be cached per paragraph.
 */

export interface Clause {
  /** Normalised offsets inside the paragraph. */
  start: number;
  end: number;
  /** Start of the whole sentence (up to 。！？) containing the clause. */
  sentenceStart: number;
  sentenceEnd: number;
}

const CN_NUM = '零〇一二三四五六七八九十百千两';
export const ARTICLE_HEAD = new RegExp(`^第([${CN_NUM}\\d]+)条(?:之([${CN_NUM}]+))?`);
export const CHAPTER_HEAD = new RegExp(`^第[${CN_NUM}\\d]+[章节编]`);
export const ITEM_HEAD = new RegExp(`^(?:（[${CN_NUM}\\d]+）|[${CN_NUM}]+、|\\d+[.、．](?!\\d))`);

const CLAUSE_END = /[。！？；!?;]/g;
const SENTENCE_END = /[。！？!?]/;

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentenceStart = 0;
  const pending: Clause[] = [];
  CLAUSE_END.lastIndex = 0;
  const flushSentence = (end: number) => {
    for (const c of pending) {
      c.sentenceStart = sentenceStart;
      c.sentenceEnd = end;
      clauses.push(c);
    }
    pending.length = 0;
    sentenceStart = end;
  };
  for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
    const end = m.index + 1;
    if (end - start > 0) pending.push({ start, end, sentenceStart: 0, sentenceEnd: 0 });
    start = end;
    if (SENTENCE_END.test(m[0])) flushSentence(end);
  }
  if (start < text.length) pending.push({ start, end: text.length, sentenceStart: 0, sentenceEnd: 0 });
  if (pending.length) flushSentence(text.length);
  return clauses;
}

/** Chinese numerals (up to the thousands) and Arabic digits to a number. */
export function cnToNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in digits) cur = digits[ch];
    else if (ch in units) {
      total += (cur || 1) * units[ch];
      cur = 0;
    } else return NaN;
  }
  return total + cur;
}

export function numberToCn(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return d[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + d[rest] : rest < 20 ? '一' + numberToCn(rest) : numberToCn(rest));
  }
  const rest = n % 1000;
  return d[Math.floor(n / 1000)] + '千' + (rest === 0 ? '' : rest < 100 ? '零' + numberToCn(rest) : numberToCn(rest));
}

export interface ParagraphShape {
  /** 第X条 number (1-based), when the paragraph opens an article. */
  article?: { n: number; sub?: number; label: string; length: number };
  chapter: boolean;
  item: boolean;
}

export function paragraphShape(text: string): ParagraphShape {
  const a = ARTICLE_HEAD.exec(text);
  return {
    article: a
      ? { n: cnToNumber(a[1]), sub: a[2] ? cnToNumber(a[2]) : undefined, label: a[0], length: a[0].length }
      : undefined,
    chapter: CHAPTER_HEAD.test(text),
    item: ITEM_HEAD.test(text),
  };
}
