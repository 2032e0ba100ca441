import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';

/** Literal phrases; every occurrence is a hit. */
export function compilePhrase(phrases: string[]): (c: ClauseContext) => LocalHit[] {
  return (c) => {
    const hits: LocalHit[] = [];
    for (const p of phrases) {
      for (let i = c.text.indexOf(p); i >= 0; i = c.text.indexOf(p, i + p.length)) hits.push({ start: i, end: i + p.length });
    }
    return hits;
  };
}
