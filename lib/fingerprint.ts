/**
 * Text fingerprints for recognising a draft across visits and versions. Pure and synchronous (usable inside a
 * Dexie upgrade transaction, where awaiting crypto.subtle would end the transaction).
 *
 * - hashText: a 106-bit non-cryptographic digest (two cyrb53 lanes) of the exact text: "have we seen this version?";
 * - minhash: a 64-value MinHash signature over character 3-shingles of the text with whitespace and punctuation
 *   removed, so re-wrapping, spacing and punctuation changes do not move it; similarity() estimates the Jaccard
 *   similarity of two texts' shingle sets (1 = same set, ~0 = unrelated).
 */

export const MINHASH_SIZE = 64;
const SHINGLE = 3;

function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Exact-text digest: 27 hex digits, same text ⇔ same digest (collisions are astronomically unlikely, not impossible). */
export function hashText(text: string): string {
  return cyrb53(text, 0).toString(16).padStart(14, '0') + cyrb53(text, 0x9e3779b9).toString(16).padStart(14, '0');
}

/** Keeps letters, digits and CJK; drops whitespace, punctuation and symbols. */
export function fingerprintText(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

/** MinHash signature (MINHASH_SIZE unsigned 32-bit values). An empty text gives all 0xffffffff. */
export function minhash(text: string): number[] {
  const s = fingerprintText(text);
  const shingles = new Set<number>();
  if (s.length > 0 && s.length < SHINGLE) shingles.add(cyrb53(s, 7) >>> 0);
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    // three UTF-16 units packed into one 32-bit key, then mixed
    const k = (s.charCodeAt(i) * 65599 + s.charCodeAt(i + 1)) * 31 + s.charCodeAt(i + 2);
    shingles.add(fmix32(k >>> 0) ^ fmix32(Math.floor(k / 4294967296)));
  }
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const x of shingles)
    for (let j = 0; j < MINHASH_SIZE; j++) {
      const v = fmix32(x ^ SEEDS[j]!);
      if (v < sig[j]!) sig[j] = v;
    }
  return sig;
}

/** Estimated Jaccard similarity of two signatures, 0..1. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
