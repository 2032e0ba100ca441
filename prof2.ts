import { makeDraft } from './bench/draft';
import { createReviewer } from './lib/engine';
import { RULES } from './rules';
const d = makeDraft(100_000);
const r = createReviewer(RULES);
r.review(d);
const lines = d.split('\n');
const t = performance.now();
for (let i = 0; i < 200; i++) { const l = lines.slice(); l[300] += i; r.review(l.join('\n')); }
console.log('edit avg', ((performance.now() - t) / 200).toFixed(2));
