/** Every rule carries its own proof: its bad examples fire on the marked span, its good look-alikes stay quiet. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules';
import type { Example } from '../rules/define-rule';
import { validateRule } from '../rules/rule-schema';
import { createReviewer } from '../lib/engine';
import { CATEGORY_BY_ID } from '../lib/engine/taxonomy';

const reviewer = createReviewer(RULES);

/** Removes [[ ]] marks; returns the clean text and the marked spans. */
export function unmark(s: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('[[', i);
    if (open < 0) break;
    const close = s.indexOf(']]', open);
    if (close < 0) throw new Error(`unclosed [[ in example: ${s}`);
    text += s.slice(i, open);
    const start = text.length;
    text += s.slice(open + 2, close);
    spans.push([start, text.length]);
    i = close + 2;
  }
  text += s.slice(i);
  return { text, spans };
}

const asObj = (e: Example) => (typeof e === 'string' ? { text: e, docType: undefined } : e);

describe('rule library', () => {
  it('validates every rule against the rule schema', () => {
    for (const r of RULES) expect(() => validateRule(r), r.id).not.toThrow();
  });

  it('has unique ids, known categories, and covers every taxonomy category', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(CATEGORY_BY_ID.has(r.category), `${r.id}: unknown category ${r.category}`).toBe(true);
    const covered = new Set(RULES.map((r) => r.category));
    const missing = [...CATEGORY_BY_ID.keys()].filter((c) => !covered.has(c));
    expect(missing).toEqual([]);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('fires on each bad example at the marked span', () => {
        for (const ex of rule.examples.bad.map(asObj)) {
          const { text, spans } = unmark(ex.text);
          expect(spans.length, `${rule.id}: bad example has no [[marked]] span: ${ex.text}`).toBeGreaterThan(0);
          const found = reviewer.review(text, { docType: ex.docType ?? 'normative-document' }).findings.filter((f) => f.ruleId === rule.id);
          for (const [s, e] of spans) {
            const hit = found.some((f) => f.start < e && s < f.end);
            expect(hit, `${rule.id} missed 「${text.slice(s, e)}」 in: ${text}\nfound: ${JSON.stringify(found.map((f) => f.quote))}`).toBe(true);
          }
        }
      });
      it('stays quiet on each good look-alike', () => {
        const infoRule = (rule.severity ?? CATEGORY_BY_ID.get(rule.category)?.defaultSeverity) === 'info';
        for (const ex of rule.examples.good.map(asObj)) {
          expect(ex.text.includes('[['), `${rule.id}: good example must not be marked`).toBe(false);
          const found = reviewer
            .review(ex.text, { docType: ex.docType ?? 'normative-document' })
            .findings.filter((f) => f.ruleId === rule.id && (infoRule || f.severity !== 'info'));
          expect(found.map((f) => `${f.severity}:${f.quote}`), `${rule.id} fired on good example: ${ex.text}`).toEqual([]);
        }
      });
    });
  }
});
