import { makeDraft } from './bench/draft';
import { createReviewer } from './lib/engine';
import { RULES } from './rules';
const d = makeDraft(100_000);
const time = (f: () => void, n = 20) => { f(); const t = performance.now(); for (let i = 0; i < n; i++) f(); return (performance.now() - t) / n; };
const none = createReviewer([]);
const base = time(() => none.review(d));
console.log('base warm', base.toFixed(2));
for (const r of RULES.filter(r => r.match.type === 'document')) {
  const one = createReviewer([r]);
  console.log((time(() => one.review(d)) - base).toFixed(2).padStart(7), r.id);
}
