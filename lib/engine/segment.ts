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

// clause ends 。！？；!?; — of which sentence ends 。！？!?
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentenceStart = 0;
  // clauses of the current sentence are clauses[pending..]
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x3002 && c < 0xff01) continue; // ideographs and most punctuation: no clause end in between
    const sentenceEnd = isSentenceEnd(c);
    if (!sentenceEnd && c !== 0xff1b && c !== 0x3b) continue;
    const end = i + 1;
    clauses.push({ start, end, sentenceStart, sentenceEnd: 0 });
    start = end;
    if (sentenceEnd) {
      for (let j = pending; j < clauses.length; j++) clauses[j].sentenceEnd = end;
      pending = clauses.length;
      sentenceStart = end;
    }
  }
  if (start < text.length) clauses.push({ start, end: text.length, sentenceStart, sentenceEnd: 0 });
  for (let j = pending; j < clauses.length; j++) clauses[j].sentenceEnd = text.length;
  return clauses;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** By character code: a digit's value, or a unit's value + 10 (10, 100, 1000 → 20, 110, 1010); -1 otherwise. */
const CN_VALUE = new Int16Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGITS)) CN_VALUE[ch.charCodeAt(0)] = v;
for (const [ch, v] of Object.entries(CN_UNITS)) CN_VALUE[ch.charCodeAt(0)] = v + 10;
const ARABIC = /^\d+$/;

/** Chinese numerals (up to the thousands) and Arabic digits to a number. */
export function cnToNumber(s: string): number {
  if (ARABIC.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (let i = 0; i < s.length; i++) {
    const v = CN_VALUE[s.charCodeAt(i)];
    if (v < 0) return NaN;
    if (v < 10) cur = v;
    else {
      total += (cur || 1) * (v - 10);
      cur = 0;
    }
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

/** Numerals of an article head: 1 for 零〇一…千两, 2 for the digits. */
const HEAD_CHAR = new Uint8Array(0x10000);
for (const ch of CN_NUM) HEAD_CHAR[ch.charCodeAt(0)] = 1;
for (let d = 0x30; d <= 0x39; d++) HEAD_CHAR[d] = 2;

/** The 第X条(之Y) head as ARTICLE_HEAD matches it, parsed without a match object. */
function articleHead(text: string): ParagraphShape['article'] {
  let i = 1;
  while (i < text.length && HEAD_CHAR[text.charCodeAt(i)]) i++;
  if (i === 1 || text.charCodeAt(i) !== 0x6761) return undefined; // 条
  const n = cnToNumber(text.slice(1, i));
  let end = i + 1;
  let sub: number | undefined;
  if (text.charCodeAt(end) === 0x4e4b) {
    // 之 + numerals (no digits)
    let j = end + 1;
    while (j < text.length && HEAD_CHAR[text.charCodeAt(j)] === 1) j++;
    if (j > end + 1) {
      sub = cnToNumber(text.slice(end + 1, j));
      end = j;
    }
  }
  return { n, sub, label: text.slice(0, end), length: end };
}

export function paragraphShape(text: string): ParagraphShape {
  // every head starts with 第 (article, chapter), （, a numeral or a digit (item)
  const c = text.charCodeAt(0);
  return {
    article: c === 0x7b2c ? articleHead(text) : undefined,
    chapter: c === 0x7b2c && CHAPTER_HEAD.test(text),
    item: (c === 0xff08 || (c >= 0x30 && c <= 0x39) || CN_NUM.includes(text.charAt(0))) && ITEM_HEAD.test(text),
  };
}
