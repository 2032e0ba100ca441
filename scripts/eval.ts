/**
 * npm run eval [-- --verbose]: recall and false-positive rate of the engine on the development corpus, then on the
 * team's regression set (tests/fixtures/team: clauses the rule engineers wrote and tuned on) and the held-out set
 * (tests/fixtures/holdout: clauses written before the rules, never shown to anyone who edits rules).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { review } from '../lib/engine';
import { CATEGORY_BY_ID } from '../lib/engine/taxonomy';
import { evaluate, parseJsonl } from '../lib/eval';

const dir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const cases = parseJsonl(readFileSync(dir + 'dev-cases.jsonl', 'utf8'));
const negatives = parseJsonl(readFileSync(dir + 'dev-negatives.jsonl', 'utf8'));
const r = evaluate(review, cases, negatives);
const hdir = fileURLToPath(new URL('../tests/fixtures/holdout/', import.meta.url));
const holdout = evaluate(review, parseJsonl(readFileSync(hdir + 'cases.jsonl', 'utf8')), parseJsonl(readFileSync(hdir + 'negatives.jsonl', 'utf8')));
const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';
console.log('category'.padEnd(32), 'cases', 'recall', ' negs', '  FP rate');
for (const c of r.byCategory) {
  const name = `${c.category} ${CATEGORY_BY_ID.get(c.category)?.name.slice(0, 6) ?? ''}`;
  console.log(
    name.padEnd(32),
    String(c.cases).padStart(5),
    c.cases ? pct(c.hit / c.cases) : '    -',
    String(c.negatives).padStart(5),
    c.negatives ? pct(c.falsePositives / c.negatives) : '    -',
  );
}
console.log(`overall: recall ${pct(r.recall)} (${r.cases} cases), false-positive rate ${pct(r.falsePositiveRate)} (${r.negatives} negatives)`);
const tdir = fileURLToPath(new URL('../tests/fixtures/team/', import.meta.url));
const team = evaluate(review, parseJsonl(readFileSync(tdir + 'cases.jsonl', 'utf8')), parseJsonl(readFileSync(tdir + 'negatives.jsonl', 'utf8')));
console.log(`team regression set (written by the team, tuned on): recall ${pct(team.recall)} (${team.cases} cases), false-positive rate ${pct(team.falsePositiveRate)} (${team.negatives} negatives)`);
console.log(`held-out: recall ${pct(holdout.recall)} (${holdout.cases} cases), false-positive rate ${pct(holdout.falsePositiveRate)} (${holdout.negatives} negatives)`);
if (process.argv.includes('--holdout')) {
  for (const m of holdout.missed) console.log(`MISS ${m.id} [${m.category}] ${m.text.slice(0, 90)} :: ${m.got.join(', ')}`);
  for (const f of holdout.falsePositives) console.log(`FP   ${f.id} [${f.category}] ${f.text.slice(0, 70)} :: ${f.got.join(', ')}`);
}
if (process.argv.includes('--verbose')) {
  for (const m of r.missed) console.log(`MISS ${m.id} [${m.category}] ${m.text.slice(0, 90)} :: ${m.got.join(', ')}`);
  for (const f of r.falsePositives) console.log(`FP   ${f.id} [${f.category}] ${f.text.slice(0, 70)} :: ${f.got.join(', ')}`);
}
