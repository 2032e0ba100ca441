/**
 * One pass over a paragraph picks, for each clause, the rules whose anchor words occur in it.
 * Anchors are indexed by their first two characters (one-character anchors by their character): a bit filter on a
 * hash of each pair of characters skips almost every position, and an open-addressing table of typed arrays gives the
 * anchors of the rest, so the scan costs a few table reads per character whatever the size of the library. Each
 * clause collects its rules in a bit set, which also gives them sorted and unique.
 */

export interface Prefilter {
  /** Rule indices (sorted, unique) whose anchors occur in each clause [starts[i], ends[i]). */
  candidates(text: string, starts: number[], ends: number[]): number[][];
}

/** 16 bits from the first two characters of an anchor. */
const pairHash = (c0: number, c1: number) => Math.imul((c0 << 16) ^ c1 ^ (c0 >>> 3), 0x9e3779b1) >>> 16;

/** The candidates of a clause without any (shared: callers only read the lists). */
const NONE: number[] = Object.freeze([]) as unknown as number[];

export function buildPrefilter(anchorsByRule: (string[] | undefined)[]): Prefilter {
  const ruleCount = anchorsByRule.length;
  const words = Math.max(1, Math.ceil(ruleCount / 32));

  // distinct anchors, each with the rules it stands for
  const anchorRules = new Map<string, number[]>();
  anchorsByRule.forEach((anchors, rule) => {
    for (const a of anchors ?? []) {
      if (!a.length) continue;
      const list = anchorRules.get(a);
      if (!list) anchorRules.set(a, [rule]);
      else if (!list.includes(rule)) list.push(rule);
    }
  });

  /** Single-character anchors: mask index + 1 by character. */
  const singleAt = new Int32Array(0x10000);
  const masks: number[] = [];
  const addMask = (rules: number[]) => {
    const at = masks.length;
    for (let w = 0; w < words; w++) masks.push(0);
    for (const r of rules) masks[at + (r >> 5)] |= 1 << (r & 31);
    return at;
  };
  /** Longer anchors grouped by their first two characters (key c0 << 16 | c1, never 0). */
  const pairKeys: number[] = [];
  const pairEntries: { anchor: string; mask: number; c2: number }[][] = [];
  const pairIndex = new Map<number, number>();
  for (const [a, rules] of anchorRules) {
    const c0 = a.charCodeAt(0);
    if (a.length === 1) {
      singleAt[c0] = addMask(rules) + 1;
      continue;
    }
    const c1 = a.charCodeAt(1);
    const key = (c0 << 16) | c1;
    let k = pairIndex.get(key);
    if (k === undefined) {
      k = pairKeys.length;
      pairIndex.set(key, k);
      pairKeys.push(key);
      pairEntries.push([]);
    }
    pairEntries[k].push({ anchor: a, mask: addMask(rules), c2: a.length > 2 ? a.charCodeAt(2) : -1 });
  }
  // all the rules of a pair's two-character anchors, so that the common case is one mask
  const pairShortMask = pairEntries.map((list) => {
    const rules = new Set<number>();
    for (const e of list) if (e.anchor.length === 2) for (let r = 0; r < ruleCount; r++) if (masks[e.mask + (r >> 5)] & (1 << (r & 31))) rules.add(r);
    return rules.size ? addMask([...rules]) : -1;
  });
  const pairLong = pairEntries.map((list) => list.filter((e) => e.anchor.length > 2));
  const mask32 = new Int32Array(masks);
  // open addressing over the pair keys (load factor <= 1/4)
  let bits = 4;
  while (1 << bits < pairKeys.length * 4) bits++;
  const size = 1 << bits;
  const slotMask = size - 1;
  const shift = 32 - bits;
  const slotKey = new Int32Array(size);
  const slotEntry = new Int32Array(size);
  pairKeys.forEach((key, k) => {
    let h = Math.imul(key, 0x9e3779b1) >>> shift;
    while (slotKey[h] !== 0) h = (h + 1) & slotMask;
    slotKey[h] = key;
    slotEntry[h] = k;
  });

  // bit filters that fit in the L1 cache: characters that start a one-character anchor, and a hash of the first two
  // characters of the longer anchors (a set bit may be a collision; the table above decides)
  const singleBits = new Int32Array(0x800);
  const pairBits = new Int32Array(0x800);
  for (let c = 0; c < 0x10000; c++) if (singleAt[c]) singleBits[c >> 5] |= 1 << (c & 31);
  for (const key of pairKeys) {
    const h = pairHash(key >>> 16, key & 0xffff);
    pairBits[h >> 5] |= 1 << (h & 31);
  }

  const set = new Int32Array(words);

  function collect(out: number[][], clause: number): void {
    // the list at its exact size (most clauses have one to three candidates)
    let count = 0;
    for (let w = 0; w < words; w++) for (let v = set[w]; v; v &= v - 1) count++;
    const list: number[] = new Array(count);
    let k = 0;
    for (let w = 0; w < words; w++) {
      let v = set[w];
      if (!v) continue;
      set[w] = 0;
      while (v) {
        const low = v & -v;
        list[k++] = w * 32 + 31 - Math.clz32(low);
        v ^= low;
      }
    }
    out[clause] = list;
  }

  return {
    candidates(text, starts, ends) {
      const clauses = starts.length;
      if (!clauses) return [];
      const out: number[][] = new Array(clauses);
      const n = text.length;
      let clause = 0;
      let end = ends[0];
      let marked = false;
      let c1 = n ? text.charCodeAt(0) : 0;
      for (let i = 0; i < n; i++) {
        const c0 = c1;
        c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const single = singleBits[c0 >> 5] & (1 << (c0 & 31));
        const ph = pairHash(c0, c1);
        if (!single && !(pairBits[ph >> 5] & (1 << (ph & 31)))) continue;
        while (clause < clauses - 1 && i >= end) {
          if (marked) {
            collect(out, clause);
            marked = false;
          } else out[clause] = NONE;
          end = ends[++clause];
        }
        if (single) {
          const s = singleAt[c0];
          for (let w = 0; w < words; w++) set[w] |= mask32[s - 1 + w];
          marked = true;
        }
        if (i + 1 >= n) continue;
        const key = (c0 << 16) | c1;
        let h = Math.imul(key, 0x9e3779b1) >>> shift;
        let sk = slotKey[h];
        while (sk !== key && sk !== 0) sk = slotKey[(h = (h + 1) & slotMask)];
        if (sk === 0) continue;
        const k = slotEntry[h];
        // an anchor must lie inside the clause
        const sm = pairShortMask[k];
        if (sm >= 0 && i + 2 <= end) {
          for (let w = 0; w < words; w++) set[w] |= mask32[sm + w];
          marked = true;
        }
        const long = pairLong[k];
        for (let j = 0; j < long.length; j++) {
          const e = long[j];
          // the third character first: most candidates stop there
          if (text.charCodeAt(i + 2) === e.c2 && i + e.anchor.length <= end && text.startsWith(e.anchor, i)) {
            for (let w = 0; w < words; w++) set[w] |= mask32[e.mask + w];
            marked = true;
          }
        }
      }
      if (marked) collect(out, clause);
      else out[clause] = NONE;
      for (let c = clause + 1; c < clauses; c++) out[c] = NONE;
      return out;
    },
  };
}
