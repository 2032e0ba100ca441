import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';

function occurrences(text: string, words: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push([i, i + w.length]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * One word of each group, consecutive groups within `within` characters (in group order when `ordered`).
 * Reports the stretch from the first to the last word, or only the word of group `report`.
 */
export function compileProximity(
  groups: string[][],
  within: number,
  ordered: boolean,
  report?: number,
): (c: ClauseContext) => LocalHit[] {
  return (c) => {
    const occ = groups.map((g) => occurrences(c.text, g));
    if (occ.some((o) => o.length === 0)) return [];
    const hits: LocalHit[] = [];
    for (const first of occ[0]) {
      const chain: [number, number][] = [first];
      let ok = true;
      for (let g = 1; g < occ.length && ok; g++) {
        const prev = chain[g - 1];
        const next = occ[g].find(([s, e]) =>
          ordered ? s >= prev[1] && s - prev[1] <= within : Math.max(s - prev[1], prev[0] - e) <= within && (s !== prev[0] || e !== prev[1]),
        );
        if (next) chain.push(next);
        else ok = false;
      }
      if (!ok) continue;
      if (report !== undefined) hits.push({ start: chain[report][0], end: chain[report][1] });
      else hits.push({ start: Math.min(...chain.map((x) => x[0])), end: Math.max(...chain.map((x) => x[1])) });
    }
    return hits;
  };
}
