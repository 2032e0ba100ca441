/**
 * npm run bench: the whole review() on 10k, 100k and 1M characters of draft text (cold: paragraph cache cleared
 * before each run), a re-review after a one-paragraph edit of a 100k draft (warm cache), and a naive baseline that
 * runs every rule's matcher one after another over every clause of the whole text (no prefilter, no cache). Prints median milliseconds and ratios.
 */
import os from 'node:os';
import { Bench } from 'tinybench';
import { createReviewer } from '../lib/engine';
import { normalize } from '../lib/engine/normalize';
import { RULES } from '../rules';
import { compileMatcher } from '../rules/matchers';
import { splitClauses } from '../lib/engine/segment';
import type { ClauseContext } from '../lib/engine/rule-context';
import { makeDraft } from './draft';

const reviewer = createReviewer(RULES);
const sizes = [10_000, 100_000, 1_000_000];
const drafts = new Map(sizes.map((s) => [s, makeDraft(s)]));

/** The naive baseline: no prefilter, no cache — every rule's matcher runs on every clause, one rule after another. */
const matchers = RULES.map(compileMatcher);
function naive(text: string): number {
  let hits = 0;
  const clauses: ClauseContext[] = [];
  for (const line of text.split('\n')) {
    const t = normalize(line).text;
    for (const c of splitClauses(t)) clauses.push({ text: t.slice(c.start, c.end), sentence: t.slice(c.sentenceStart, c.sentenceEnd), offsetInSentence: c.start - c.sentenceStart, paragraph: t });
  }
  for (const m of matchers) {
    if (!m) continue;
    for (const c of clauses) hits += m.run(c).length;
  }
  return hits;
}

const bench = new Bench({ time: 1500, warmupTime: 300 });
for (const s of sizes) {
  const d = drafts.get(s)!;
  bench.add(`review ${s / 1000}k cold`, () => void reviewer.review(d), { beforeEach: () => reviewer.clearCache() });
}
for (const s of sizes.slice(0, 2)) {
  const d = drafts.get(s)!;
  bench.add(`naive ${s / 1000}k`, () => void naive(d));
}
// one-paragraph edit of the 100k draft: alternate between two versions of one paragraph
const base = drafts.get(100_000)!;
const lines = base.split('\n');
const mid = Math.floor(lines.length / 2);
let flip = 0;
bench.add(
  'review 100k after 1-paragraph edit',
  () => {
    const l = lines.slice();
    l[mid] = `${l[mid]}（修改${flip++}）`;
    reviewer.review(l.join('\n'));
  },
  { beforeAll: () => void reviewer.review(base) },
);

await bench.run();
function stats(name: string) {
  const r = bench.tasks.find((t) => t.name === name)!.result;
  if (!('latency' in r)) throw new Error(`benchmark ${name} did not complete: ${r.state}`);
  return r.latency;
}
const med = (name: string) => stats(name).p50;
console.log(`machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`rules: ${RULES.length}`);
for (const t of bench.tasks) console.log(`${t.name.padEnd(38)} median ${med(t.name).toFixed(2).padStart(9)} ms  (${stats(t.name).samplesCount} samples)`);
const r100 = med('review 100k cold');
console.log(`ratio naive/review at 100k: ${(med('naive 100k') / r100).toFixed(1)}×`);
console.log(`ratio 1M/100k: ${(med('review 1000k cold') / r100).toFixed(1)} (target ≤ 12)`);
console.log(`targets: 100k cold < 15 ms → ${r100 < 15 ? 'met' : 'NOT met'}; edit < 2 ms → ${med('review 100k after 1-paragraph edit') < 2 ? 'met' : 'NOT met'}`);
const sample = reviewer.review(base);
console.log(`findings on the 100k draft: ${sample.findings.length}`);
