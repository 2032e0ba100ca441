/**
 * One pass over a paragraph picks, for each clause, the rules whose anchor words occur in it.
 * Anchors are indexed by their first two characters (one-character anchors by their only one), so the scan costs
 * one map lookup per character whatever the size of the library.
 */

interface Entry {
  anchor: string;
  rules: number[];
}

export interface Prefilter {
  /** Rule indices (sorted, unique) whose anchors occur in text[start, end). */
  candidates(text: string, starts: number[], ends: number[]): number[][];
}

export function buildPrefilter(anchorsByRule: (string[] | undefined)[]): Prefilter {
  const byPair = new Map<number, Entry[]>();
  const bySingle = new Map<number, Entry[]>();
  const add = (map: Map<number, Entry[]>, key: number, anchor: string, rule: number) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    const e = list.find((x) => x.anchor === anchor);
    if (e) e.rules.push(rule);
    else list.push({ anchor, rules: [rule] });
  };
  anchorsByRule.forEach((anchors, rule) => {
    for (const a of anchors ?? []) {
      if (a.length === 1) add(bySingle, a.charCodeAt(0), a, rule);
      else add(byPair, a.charCodeAt(0) * 65536 + a.charCodeAt(1), a, rule);
    }
  });
  return {
    candidates(text, starts, ends) {
      const out: Set<number>[] = starts.map(() => new Set<number>());
      let clause = 0;
      const n = text.length;
      let c0 = n ? text.charCodeAt(0) : 0;
      for (let i = 0; i < n; i++) {
        while (clause < ends.length - 1 && i >= ends[clause]) clause++;
        const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const single = bySingle.size ? bySingle.get(c0) : undefined;
        if (single) for (const e of single) for (const r of e.rules) out[clause].add(r);
        const pair = byPair.get(c0 * 65536 + c1);
        if (pair) {
          for (const e of pair) {
            if (e.anchor.length === 2 || text.startsWith(e.anchor, i)) {
              // an anchor that spans a clause boundary does not count for the next clause
              if (i + e.anchor.length <= ends[clause]) for (const r of e.rules) out[clause].add(r);
            }
          }
        }
        c0 = c1;
      }
      return out.map((s) => [...s].sort((a, b) => a - b));
    },
  };
}
