import { makeDraft } from './bench/draft';
import { createReviewer } from './lib/engine';
import { RULES } from './rules';
const d = makeDraft(100_000);
const r = createReviewer(RULES);
for (let i = 0; i < 60; i++) { r.clearCache(); r.review(d); }
