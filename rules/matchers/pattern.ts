import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';

/** Regexes over a clause; the named group `m`, when present, is the reported span. */
export function compilePattern(patterns: string[]): (c: ClauseContext) => LocalHit[] {
  const res = patterns.map((p) => new RegExp(p, 'gd'));
  return (c) => {
    const hits: LocalHit[] = [];
    for (const re of res) {
      re.lastIndex = 0;
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const span = m.indices?.groups?.m ?? [m.index, m.index + m[0].length];
        if (span[1] > span[0]) hits.push({ start: span[0], end: span[1] });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits;
  };
}
