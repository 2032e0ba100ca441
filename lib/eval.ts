/**
 * Accuracy on a labelled corpus: recall on real problem provisions (a case counts when a finding of its category,
 * or of one in `also`, is error or warning) and the false-positive rate on real lawful look-alikes (any error or
 * warning finding), each reviewed with the document type of its record.
 */
import { parseDocType } from './engine/doc-types';
import type { ReviewOptions, ReviewResult } from './engine/types';

export interface CaseRow {
  id: string;
  text: string;
  category: string;
  also?: string[];
  doc_type: string;
}

export interface CategoryScore {
  category: string;
  cases: number;
  hit: number;
  negatives: number;
  falsePositives: number;
}

export interface EvalReport {
  recall: number;
  falsePositiveRate: number;
  cases: number;
  negatives: number;
  byCategory: CategoryScore[];
  missed: { id: string; category: string; text: string; got: string[] }[];
  falsePositives: { id: string; category: string; text: string; got: string[] }[];
}

type ReviewFn = (text: string, options?: ReviewOptions) => ReviewResult;

const serious = (r: ReviewResult) => r.findings.filter((f) => f.severity !== 'info');

export function evaluate(review: ReviewFn, cases: CaseRow[], negatives: CaseRow[]): EvalReport {
  const cats = new Map<string, CategoryScore>();
  const cat = (id: string) => {
    let c = cats.get(id);
    if (!c) cats.set(id, (c = { category: id, cases: 0, hit: 0, negatives: 0, falsePositives: 0 }));
    return c;
  };
  const missed: EvalReport['missed'] = [];
  const fps: EvalReport['falsePositives'] = [];
  let hit = 0;
  for (const row of cases) {
    const docType = parseDocType(row.doc_type);
    const found = serious(review(row.text, { docType }));
    const wanted = new Set([row.category, ...(row.also ?? [])]);
    const ok = found.some((f) => wanted.has(f.category));
    const c = cat(row.category);
    c.cases++;
    if (ok) {
      c.hit++;
      hit++;
    } else missed.push({ id: row.id, category: row.category, text: row.text, got: found.map((f) => `${f.ruleId}:${f.severity}`) });
  }
  let fp = 0;
  for (const row of negatives) {
    const docType = parseDocType(row.doc_type);
    const found = serious(review(row.text, { docType }));
    const c = cat(row.category);
    c.negatives++;
    if (found.length) {
      c.falsePositives++;
      fp++;
      fps.push({ id: row.id, category: row.category, text: row.text, got: found.map((f) => `${f.ruleId}:${f.severity}:${f.quote}`) });
    }
  }
  return {
    recall: cases.length ? hit / cases.length : 0,
    falsePositiveRate: negatives.length ? fp / negatives.length : 0,
    cases: cases.length,
    negatives: negatives.length,
    byCategory: [...cats.values()].sort((a, b) => a.category.localeCompare(b.category)),
    missed,
    falsePositives: fps,
  };
}

export function parseJsonl(text: string): CaseRow[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CaseRow);
}
