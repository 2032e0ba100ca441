/** The review() contract: original offsets, quotes, stable ids, gates, the paragraph cache, bad input. */
import { describe, expect, it } from 'vitest';
import { createReviewer, review } from '../../lib/engine';
import { defineRule } from '../../rules/define-rule';
import { validateRule } from '../../rules/rule-schema';
import { buildPrefilter } from '../../lib/engine/prefilter';

const FINE = '违反本通知规定的，由城管部门处五百元以上二千元以下罚款。';

describe('review()', () => {
  it('returns findings whose offsets slice the original text to the quote', () => {
    const text = `  關(guān)於加強管理的通知\r\n第一條　${FINE}\n第二条 违反本通知规定，处二千元罚款。`;
    const { findings } = review(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.basis.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(0);
    }
    const fine = findings.find((f) => f.ruleId === 'penalty-set-by-normative-document');
    expect(fine?.article).toBe('第一条');
  });

  it('gives stable ids across runs and edits elsewhere', () => {
    const a = review(`第一条 ${FINE}`).findings.map((f) => f.id);
    const b = review(`第一条 ${FINE}\n第二条 其他内容。`).findings.map((f) => f.id);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(expect.arrayContaining(a));
  });

  it('applies the document-type matrix: a fine is lawful in a law, unlawful in a normative document', () => {
    const serious = (t: string, d: string) => review(t, { docType: d }).findings.filter((f) => f.category === 'unauthorized-penalty' && f.severity !== 'info');
    expect(serious(FINE, 'normative-document').length).toBe(1);
    expect(serious(FINE, 'law')).toEqual([]);
    expect(serious(FINE, '法律')).toEqual([]);
  });

  it('lowers a provision that cites its basis to info', () => {
    const f = review('违反本办法规定的，依照《中华人民共和国道路交通安全法》第九十条的规定处二百元罚款。').findings.filter((x) => x.category === 'unauthorized-penalty');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });

  it('does not report a prohibition on the administration, inline or in an item lead-in', () => {
    const cats = (t: string) => review(t).findings.filter((f) => f.category === 'unauthorized-penalty');
    expect(cats('行政机关不得对轻微违法行为处以罚款。')).toEqual([]);
    expect(cats('执法人员不得有下列行为：\n（一）对未造成危害的行为处以罚款；')).toEqual([]);
    expect(cats('执法人员不得有下列行为：（一）对未造成危害的行为处以罚款；（二）超期扣押。')).toEqual([]);
  });

  it('honours disabled rules, categories and severity overrides', () => {
    expect(review(FINE, { disabledRules: ['penalty-set-by-normative-document'] }).findings.filter((f) => f.ruleId === 'penalty-set-by-normative-document')).toEqual([]);
    expect(review(FINE, { disabledCategories: ['unauthorized-penalty'] }).findings.filter((f) => f.category === 'unauthorized-penalty')).toEqual([]);
    const f = review(FINE, { severityOverrides: { 'penalty-set-by-normative-document': 'warning' } }).findings.find((x) => x.ruleId === 'penalty-set-by-normative-document');
    expect(f?.severity).toBe('warning');
  });

  it('re-analyses only changed paragraphs', () => {
    const r = createReviewer([]);
    const doc = Array.from({ length: 50 }, (_, i) => `第${i + 1}条 内容${i}。`).join('\n');
    r.review(doc);
    const size = r.cacheSize();
    r.review(doc.replace('内容7。', '内容7改。'));
    expect(r.cacheSize()).toBe(size + 1);
  });

  it('runs extra rules from a pack, and survives a throwing custom check', () => {
    const custom = defineRule({
      id: 'local-fee-catalogue',
      category: 'unauthorized-fee',
      title: 't',
      message: 'm',
      basis: [{ law: '优化营商环境条例', article: '第二十五条' }],
      match: { type: 'phrase', phrases: ['窗口办理'] },
      examples: { bad: ['前往[[窗口办理]]。', '到[[窗口办理]]。'], good: ['网上办理。', '免费。'] },
    });
    const broken = defineRule({
      id: 'broken-check',
      category: 'unauthorized-fee',
      title: 't',
      message: 'm',
      basis: [{ law: 'x' }],
      match: { type: 'clause', anchors: ['收取'], check: () => { throw new Error('boom'); } },
      examples: { bad: ['[[a]]', '[[b]]'], good: ['c', 'd'] },
    });
    const extra = [custom, broken];
    const f = review('请携带材料前往窗口办理。', { extraRules: extra }).findings;
    expect(f.some((x) => x.ruleId === 'local-fee-catalogue' && x.quote === '窗口办理')).toBe(true);
  });

  it('rejects a malformed rule with its id', () => {
    expect(() => validateRule({ id: 'Bad Id', category: 'x', title: 't', message: 'm', basis: [], match: { type: 'phrase', phrases: [] }, examples: { bad: [], good: [] } } as never)).toThrow(/Bad Id/);
  });

  it('handles empty, whitespace-only, binary-looking and very long input', () => {
    expect(review('').findings).toEqual([]);
    expect(review(' \n\n\t').findings).toEqual([]);
    expect(() => review('\u0000\u0001\uFFFD'.repeat(1000))).not.toThrow();
    const long = `${FINE}\n`.repeat(20_000); // ~560k characters
    const r = review(long);
    expect(r.findings.filter((f) => f.ruleId === 'penalty-set-by-normative-document').length).toBe(20_000);
  });
});

describe('prefilter', () => {
  it('picks rules by anchors per clause, including one-character anchors and anchors across clauses', () => {
    const p = buildPrefilter([['罚款'], ['《'], ['备案登记'], undefined]);
    const t = '处罚款。见《法》。备案；登记';
    const starts = [0, 4, 9, 12];
    const ends = [4, 9, 12, 14];
    expect(p.candidates(t, starts, ends)).toEqual([[0], [1], [], []]);
  });
});

describe('context gates', () => {
  it('reads 不得少于/不得超过 as a quantity limit, not a prohibition', async () => {
    const { prohibitedBefore, encouragedBefore } = await import('../../lib/engine/context');
    expect(prohibitedBefore('服务人员不得少于10人，且须缴纳保证金', 16)).toBe(false);
    expect(prohibitedBefore('行政机关不得要求缴纳保证金', 9)).toBe(true);
    // a sanction's own 不得 does not forbid the fine after the comma; 禁止区域 is a noun
    expect(prohibitedBefore('三年内不得参加投标，并处二万元罚款', 11)).toBe(false);
    expect(prohibitedBefore('在禁止区域内放飞的，暂扣无人机', 11)).toBe(false);
    expect(encouragedBefore('获得补贴支持的企业应当', 10)).toBe(false);
    expect(encouragedBefore('鼓励企业自愿', 6)).toBe(true);
    expect(encouragedBefore('支持企业参加', 6)).toBe(true);
  });
});
