import { makeDraft } from './bench/draft';
import { RULES } from './rules';
import { compileMatcher } from './rules/matchers';
import { normalize } from './lib/engine/normalize';
import { splitClauses } from './lib/engine/segment';
const d = makeDraft(100_000);
const clauses: { text: string; sentence: string; offsetInSentence: number; paragraph: string }[] = [];
for (const line of d.split('\n')) {
  const t = normalize(line).text;
  for (const c of splitClauses(t)) clauses.push({ text: t.slice(c.start, c.end), sentence: t.slice(c.sentenceStart, c.sentenceEnd), offsetInSentence: c.start - c.sentenceStart, paragraph: t });
}
const rows: [string, number, number][] = [];
let total = 0;
for (const r of RULES) {
  const m = compileMatcher(r);
  if (!m) continue;
  const cand = clauses.filter((c) => m.anchors.some((a) => c.text.includes(a)));
  const t = performance.now();
  for (let i = 0; i < 5; i++) for (const c of cand) m.run(c);
  const dt = (performance.now() - t) / 5;
  total += dt;
  rows.push([r.id, dt, cand.length]);
}
rows.sort((a, b) => b[1] - a[1]);
console.log('clauses', clauses.length, 'total matcher ms', total.toFixed(1));
for (const [id, dt, n] of rows.slice(0, 20)) console.log(dt.toFixed(2).padStart(7), String(n).padStart(5), id);
