/**
 * Character classes for garbled-text detection: the common-character bitmap (data/common-chars.json, built from the
 * statute texts plus GB 2312 level 1 by scripts/build-laws.ts), mojibake runs, and a best-effort repair of UTF-8 text
 * that was decoded as GBK (re-encode as GBK, decode as UTF-8).
 */
import common from '../../data/common-chars.json';
import { hasTraditional } from '../../lib/engine/normalize';

let bitmap: Uint8Array | undefined;
function commonBits(): Uint8Array {
  if (bitmap) return bitmap;
  const b = new Uint8Array(0x10000);
  const chars: string = common.chars;
  for (let i = 0; i < chars.length; i++) b[chars.charCodeAt(i)] = 1;
  bitmap = b;
  return b;
}

export const isCjkCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
export const isCommonCode = (c: number) => commonBits()[c] === 1;
export const isTraditionalChar = (ch: string) => hasTraditional(ch);

/** Neutral symbols that ordinary drafts use outside ASCII (× ° ± § · ¥ …). */
const NEUTRAL_SYMBOLS = new Set([0xb7, 0xd7, 0xf7, 0xb0, 0xb1, 0xa7, 0xa5, 0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe, 0xa9, 0xae]);
/** Punctuation that ends a run. */
const isBreak = (c: number) =>
  c === 0x3001 || c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x0a || (c >= 0x2018 && c <= 0x201f);

type Cls = 0 | 1 | 2 | 3; // 0 neutral, 1 good, 2 bad, 3 break

function classify(text: string, i: number): Cls {
  const c = text.charCodeAt(i);
  if (c === 0xfffd) return 2;
  if (c === 0x3f) {
    const p = i > 0 ? text.charCodeAt(i - 1) : 0;
    const n = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    return p >= 0x80 || n >= 0x80 || p === 0x3f || n === 0x3f ? 2 : 0;
  }
  if (c < 0x80) return 0;
  if (isCjkCode(c)) return isCommonCode(c) ? 1 : 2;
  if (c >= 0xd800 && c <= 0xdfff) return 2; // ideographs outside the BMP, unpaired surrogates
  if (isBreak(c)) return 3;
  if (NEUTRAL_SYMBOLS.has(c)) return 0;
  if (c >= 0xa0 && c <= 0x36f) return 2; // Latin-1, Latin extended, IPA, combining marks (Ã¥, tone marks)
  if (c >= 0x370 && c <= 0x4ff) return 2; // Greek, Cyrillic (GBK rows A6/A7 in mojibake)
  if (c >= 0x2500 && c <= 0x257f) return 2; // box drawing
  if (c >= 0xe000 && c <= 0xf8ff) return 2; // private use
  if (c >= 0xff61 && c <= 0xff9f) return 2; // half-width katakana
  return 0;
}

export interface Run {
  start: number;
  end: number;
  bad: number;
  good: number;
  replacementChars: number;
}

let badTable: Uint8Array | undefined;
/** Characters that may classify as bad: every run starts at one (a '?' depends on its neighbours). */
function maybeBad(): Uint8Array {
  if (badTable) return badTable;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (c === 0x3f || classify(String.fromCharCode(c), 0) === 2) t[c] = 1;
  badTable = t;
  return t;
}

/** Runs of garbled characters in a (normalised) paragraph: mostly rare or invalid characters, or any U+FFFD. */
export function garbledRuns(text: string): Run[] {
  // most paragraphs have no candidate character at all
  const bad = maybeBad();
  let from = 0;
  while (from < text.length && !bad[text.charCodeAt(from)]) from++;
  if (from === text.length) return [];
  const runs: Run[] = [];
  let cur: Run | undefined;
  let goodStreak = 0;
  let neutralStreak = 0;
  let lastBad = -1;
  const close = () => {
    if (cur) {
      cur.end = lastBad + 1;
      const flagged = cur.replacementChars > 0 || (cur.bad >= 3 && cur.bad / (cur.bad + cur.good) >= 0.6);
      if (flagged) runs.push(cur);
    }
    cur = undefined;
    goodStreak = 0;
    neutralStreak = 0;
  };
  for (let i = from; i < text.length; i++) {
    const k = classify(text, i);
    if (k === 2) {
      if (!cur) cur = { start: i, end: i + 1, bad: 0, good: 0, replacementChars: 0 };
      cur.bad++;
      if (text.charCodeAt(i) === 0xfffd) cur.replacementChars++;
      lastBad = i;
      goodStreak = 0;
      neutralStreak = 0;
    } else if (!cur) continue;
    else if (k === 1) {
      goodStreak++;
      if (goodStreak >= 2) {
        // the goods after the last bad character are not part of the run
        cur.good -= goodStreak - 1;
        close();
      } else cur.good++;
    } else if (k === 3) close();
    else if (++neutralStreak > 4) close();
  }
  close();
  // neighbouring runs (a stray common character between them) form one finding
  const merged: Run[] = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    if (prev && r.start - prev.end <= 3) {
      prev.end = r.end;
      prev.bad += r.bad;
      prev.good += r.good;
      prev.replacementChars += r.replacementChars;
    } else merged.push({ ...r });
  }
  return merged;
}

let gbk: Map<string, [number, number]> | undefined;
function gbkTable(): Map<string, [number, number]> | undefined {
  if (gbk) return gbk;
  try {
    const bytes: number[] = [];
    for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) bytes.push(hi, lo);
    const s = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
    if (s.length !== bytes.length / 2) return undefined;
    const m = new Map<string, [number, number]>();
    for (let i = 0; i < s.length; i++) if (!m.has(s[i])) m.set(s[i], [bytes[2 * i], bytes[2 * i + 1]]);
    gbk = m;
    return m;
  } catch {
    return undefined; // no GB18030 decoder in this runtime
  }
}

function decodeAsUtf8(s: string): string | undefined {
  const table = gbkTable();
  if (!table) return undefined;
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (!b) return undefined;
      out.push(b[0], b[1]);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(out));
  } catch {
    return undefined;
  }
}

/**
 * Repairs UTF-8 text that was read as GBK (鍏充簬 -> 关于) when the result is ordinary Chinese; returns the fixed text
 * and how many characters at the start and end of `s` it covers.
 */
export function repairUtf8AsGbk(s: string): { text: string; from: number; to: number } | undefined {
  for (const [a, b] of [[0, 0], [0, 1], [1, 0], [1, 1], [0, 2]] as const) {
    if (s.length - a - b < 2) continue;
    const t = decodeAsUtf8(s.slice(a, s.length - b));
    if (!t) continue;
    let cjk = 0;
    let ok = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (isCjkCode(c)) {
        cjk++;
        if (isCommonCode(c)) ok++;
      }
    }
    if (cjk >= 2 && ok / cjk >= 0.8 && cjk >= t.length * 0.6) return { text: t, from: a, to: s.length - b };
  }
  return undefined;
}
