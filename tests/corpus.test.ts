// @vitest-environment node
/** Accuracy floors on the development corpus (real problem provisions and real lawful look-alikes). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { review } from '../lib/engine';
import { evaluate, parseJsonl } from '../lib/eval';

const dir = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));
const cases = parseJsonl(readFileSync(dir + 'dev-cases.jsonl', 'utf8'));
const negatives = parseJsonl(readFileSync(dir + 'dev-negatives.jsonl', 'utf8'));

describe('development corpus', () => {
  const r = evaluate(review, cases, negatives);
  it('reads the whole corpus', () => {
    expect(r.cases).toBe(98);
    expect(r.negatives).toBe(82);
  });
  it('finds at least 90% of the real problem provisions', () => {
    expect(r.recall, r.missed.map((m) => `${m.id} ${m.category}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });
  it('raises errors or warnings on at most 10% of the lawful look-alikes', () => {
    expect(r.falsePositiveRate, r.falsePositives.map((m) => `${m.id} ${m.got.join(',')}`).join('\n')).toBeLessThanOrEqual(0.1);
  });
});
