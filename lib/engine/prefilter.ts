/**
 * One pass over a paragraph picks, for each clause, the rules whose anchor words occur in it.
 * Anchors are indexed by their first character (a bitmap skips every other character) and then by their first two
 * characters, so the scan costs a table read per character whatever the size of the library.
 */

interface Entry {
  anchor: string;
  rules: number[];
}

export interface Prefilter {
  /** Rule indices (sorted, unique) whose anchors occur in each clause [starts[i], ends[i]). */
  candidates(text: string, starts: number[], ends: number[]): number[][];
}

export function buildPrefilter(anchorsByRule: (string[] | undefined)[]): Prefilter {
  const first = new Uint8Array(0x10000);
  const byPair = new Map<number, Entry[]>();
  const bySingle = new Map<number, Entry[]>();
  const add = (map: Map<number, Entry[]>, key: number, anchor: string, rule: number) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    const e = list.find((x) => x.anchor === anchor);
    if (e) {
      if (!e.rules.includes(rule)) e.rules.push(rule);
    } else list.push({ anchor, rules: [rule] });
  };
  anchorsByRule.forEach((anchors, rule) => {
    for (const a of anchors ?? []) {
      if (!a.length) continue;
      first[a.charCodeAt(0)] = 1;
      if (a.length === 1) add(bySingle, a.charCodeAt(0), a, rule);
      else add(byPair, a.charCodeAt(0) * 65536 + a.charCodeAt(1), a, rule);
    }
  });
  const ruleCount = anchorsByRule.length;
  const stamp = new Int32Array(ruleCount).fill(-1);
  let generation = 0;
  return {
    candidates(text, starts, ends) {
      const out: number[][] = starts.map(() => []);
      const n = text.length;
      let clause = 0;
      let clauseGen = generation++;
      const mark = (list: number[], rules: number[]) => {
        for (const r of rules) {
          if (stamp[r] !== clauseGen) {
            stamp[r] = clauseGen;
            list.push(r);
          }
        }
      };
      for (let i = 0; i < n; i++) {
        const c0 = text.charCodeAt(i);
        if (!first[c0]) continue;
        while (clause < ends.length - 1 && i >= ends[clause]) {
          clause++;
          clauseGen = generation++;
        }
        const single = bySingle.get(c0);
        if (single) for (const e of single) mark(out[clause], e.rules);
        if (i + 1 >= n) continue;
        const pair = byPair.get(c0 * 65536 + text.charCodeAt(i + 1));
        if (!pair) continue;
        for (const e of pair) {
          // an anchor must lie inside the clause
          if ((e.anchor.length === 2 || text.startsWith(e.anchor, i)) && i + e.anchor.length <= ends[clause]) mark(out[clause], e.rules);
        }
      }
      if (generation > 1e9) {
        generation = 0;
        stamp.fill(-1);
      }
      for (const l of out) if (l.length > 1) l.sort((a, b) => a - b);
      return out;
    },
  };
}
