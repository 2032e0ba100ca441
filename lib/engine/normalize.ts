/**
 * Raw text -> normalised text + a map back to original offsets.
 *
 * Every step either drops a character or replaces it by exactly one character, so the map is a plain array:
 * `map[i]` is the original offset of normalised character i, `map[text.length]` the original end. Spans in the
 * normalised text map back with `toOriginal`.
 *
 * Steps: drop control and zero-width characters; drop pinyin annotations left by web conversion (`關(guān)於`);
 * full-width letters and digits to half-width; half-width punctuation to the Chinese forms the rules use; drop
 * whitespace (Chinese has none; kept only between two Latin letters/digits); traditional -> simplified (opencc-js,
 * only for paragraphs that contain a traditional character).
 */
import { Converter } from 'opencc-js/t2cn';
import traditionalData from '../../data/traditional-chars.json';

export interface Normalized {
  text: string;
  /** map[i] = original offset of text[i]; map[text.length] = original length. */
  map: Int32Array;
  /** Original spans of dropped pinyin annotations (residue of web conversion). */
  annotations: { start: number; end: number }[];
  /** Whether traditional characters were converted. */
  converted: boolean;
}

const t2s = Converter({ from: 'tw', to: 'cn' });

let traditional: Uint8Array | undefined;
/** A bitmap of the characters that call for conversion (data/traditional-chars.json, generated from opencc-js). */
function traditionalBitmap(): Uint8Array {
  if (traditional) return traditional;
  const bits = new Uint8Array(0x10000);
  const chars = traditionalData.chars;
  for (let i = 0; i < chars.length; i++) bits[chars.charCodeAt(i)] = 1;
  traditional = bits;
  return bits;
}

export function hasTraditional(s: string): boolean {
  const bits = traditionalBitmap();
  for (let i = 0; i < s.length; i++) if (bits[s.charCodeAt(i)]) return true;
  return false;
}

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const isDropped = (c: number) =>
  (c < 0x20 && c !== 0x0a) || c === 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x200b && c <= 0x200f) ||
  c === 0x00ad || c === 0x2060 || c === 0xfeff || (c >= 0x202a && c <= 0x202e);

// A pinyin syllable (with tone marks or a tone digit) in half- or full-width parentheses right after a CJK character.
const PINYIN = /^[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?)[)）]/;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹḿńň1-5]/;
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*$|^[ńňǹḿ]g?$/i;

function isPinyin(s: string): boolean {
  // A plain English word in brackets, e.g. 许可(license), is not an annotation: require a tone or a short syllable.
  return SYLLABLE.test(s.replace(/[1-5]$/, '')) && (TONE.test(s) || s.length <= 4);
}

// scratch buffers reused across calls (the engine is single-threaded); only the map is copied out
let outBuf = new Uint16Array(1024);
let mapBuf = new Int32Array(1025);
/** Most paragraphs have no annotation: they share this (read-only) list. */
const NO_ANNOTATIONS: { start: number; end: number }[] = Object.freeze([]) as unknown as { start: number; end: number }[];
const MAX_RUNS = 8;
const RUN_AT = new Int32Array(MAX_RUNS);
// the maps of ordinary paragraphs are views into shared blocks: a typed array of its own per paragraph is costly
const ARENA = 1 << 16;
let arena = new Int32Array(ARENA);
let arenaUsed = 0;

export function normalize(raw: string): Normalized {
  const n = raw.length;
  if (outBuf.length < n) {
    outBuf = new Uint16Array(n * 2);
    mapBuf = new Int32Array(n * 2 + 1);
  }
  const out = outBuf;
  let map = mapBuf;
  let base = 0;
  if (n < ARENA >> 4) {
    if (arenaUsed + n + 1 > ARENA) {
      arena = new Int32Array(ARENA);
      arenaUsed = 0;
    }
    map = arena;
    base = arenaUsed;
  }
  const trad = traditionalBitmap();
  let maybeTraditional = 0;
  // the text is mostly runs of raw characters passed unchanged: where each run starts (in the output)
  const runAt = RUN_AT;
  let runs = 0;
  let next = -1;
  let replaced = false;
  let k = 0;
  let annotations = NO_ANNOTATIONS;
  for (let i = 0; i < n; i++) {
    let c = raw.charCodeAt(i);
    // fast path: CJK ideographs and the Chinese punctuation the rules use pass unchanged
    if (c >= 0x3400 && c <= 0x9fff) {
      maybeTraditional |= trad[c];
      if (i !== next && runs++ < MAX_RUNS) runAt[runs - 1] = k;
      next = i + 1;
      out[k] = c;
      map[base + k++] = i;
      continue;
    }
    if (c === 0x0d) {
      if (raw.charCodeAt(i + 1) === 0x0a) continue; // \r\n -> \n ; lone \r -> \n
      replaced = true;
      out[k] = 0x0a;
      map[base + k++] = i;
      continue;
    }
    if (isDropped(c)) continue;
    if ((c === 0x28 || c === 0xff08) && i > 0 && isCjk(raw.charCodeAt(i - 1))) {
      const m = PINYIN.exec(raw.slice(i, i + 11));
      if (m && isPinyin(m[1])) {
        if (annotations === NO_ANNOTATIONS) annotations = [];
        annotations.push({ start: i, end: i + m[0].length });
        i += m[0].length - 1;
        continue;
      }
    }
    if (isSpace(c)) {
      // keep one space only between two Latin letters/digits
      const prev = k ? out[k - 1] : 0;
      let j = i + 1;
      while (j < n && isSpace(raw.charCodeAt(j))) j++;
      if (isAsciiAlnum(prev) && j < n && isAsciiAlnum(raw.charCodeAt(j))) {
        if (c !== 0x20) replaced = true;
        else if (i !== next && runs++ < MAX_RUNS) runAt[runs - 1] = k;
        next = i + 1;
        out[k] = 0x20;
        map[base + k++] = i;
      }
      i = j - 1;
      continue;
    }
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05) {
      c -= 0xfee0;
    } else if (c === 0x28) c = 0xff08;
    else if (c === 0x29) c = 0xff09;
    else if (c === 0x3b) c = 0xff1b;
    else if (c === 0x21) c = 0xff01;
    else if ((c === 0x2c || c === 0x3a) && !(isDigit(raw.charCodeAt(i - 1)) && isDigit(raw.charCodeAt(i + 1)))) {
      c = c === 0x2c ? 0xff0c : 0xff1a;
    }
    maybeTraditional |= trad[c];
    if (c !== raw.charCodeAt(i)) replaced = true;
    else if (i !== next && runs++ < MAX_RUNS) runAt[runs - 1] = k;
    next = i + 1;
    out[k] = c;
    map[base + k++] = i;
  }
  map[base + k] = n;
  let text = '';
  if (!replaced && runs <= MAX_RUNS) {
    // slices of the raw text (no copy of the characters); the whole raw text when nothing was dropped
    for (let r = 0; r < runs; r++) {
      const to = r + 1 < runs ? runAt[r + 1] : k;
      text += raw.slice(map[base + runAt[r]], map[base + to - 1] + 1);
    }
  } else {
    for (let i = 0; i < k; i += 8192) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  }
  let converted = false;
  if (maybeTraditional && hasTraditional(text)) {
    const conv = t2s(text);
    if (conv === text) {
      // characters opencc maps only inside phrases (著作, 乾坤…): nothing to convert
    } else if (conv.length === text.length) {
      text = conv;
      converted = true;
    }
    else {
      // phrase conversions changed a length somewhere: convert character by character to keep the map 1:1
      let s = '';
      for (const ch of text) {
        const t = t2s(ch);
        s += t.length === ch.length ? t : ch;
      }
      converted = s !== text;
      text = s;
    }
  }
  let kept: Int32Array;
  if (map === arena) {
    kept = arena.subarray(base, base + k + 1);
    arenaUsed = base + k + 1;
  } else kept = map.slice(0, k + 1);
  return { text, map: kept, annotations, converted };
}

/** Maps a half-open normalised span back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  const e = end > start ? n.map[end - 1] + 1 : s;
  return { start: s, end: e };
}
