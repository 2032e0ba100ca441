// @vitest-environment node
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe, positionSelector, quoteSelector, reanchorAll } from '../lib/anchor';
import { hashText, minhash, similarity } from '../lib/fingerprint';

const DRAFT =
  '第一条 为了规范本市市场秩序，根据有关法律法规，结合本市实际，制定本办法。\n' +
  '第二条 申请人办理经营许可的，须经主管部门审查同意后方可向市场监管部门提出申请。\n' +
  '第三条 本市行政区域内从事经营活动的外地企业，应当在本市设立分支机构。\n' +
  '第四条 违反本办法第三条规定的，由主管部门处五千元以上一万元以下罚款。\n' +
  '第五条 本办法自2025年1月1日起施行，有效期五年。\n';

const QUOTE = '须经主管部门审查同意后方可';
const at = DRAFT.indexOf(QUOTE);
const sel = describe(DRAFT, at, at + QUOTE.length);

suite('describe', () => {
  it('gives a TextQuote (exact, 32-unit prefix and suffix) and a TextPosition selector', () => {
    const q = quoteSelector(sel)!;
    expect(q.exact).toBe(QUOTE);
    expect(q.prefix).toBe(DRAFT.slice(at - 32, at));
    expect(q.suffix).toBe(DRAFT.slice(at + QUOTE.length, at + QUOTE.length + 32));
    expect(positionSelector(sel)).toEqual({ type: 'TextPositionSelector', start: at, end: at + QUOTE.length });
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => describe(DRAFT, 5, 5)).toThrow(RangeError);
    expect(() => describe(DRAFT, 0, DRAFT.length + 1)).toThrow(RangeError);
  });
});

suite('anchor', () => {
  it('uses the stored position when the quote is still there', () => {
    expect(anchor(DRAFT, sel)).toEqual({ start: at, end: at + QUOTE.length, method: 'position', score: 1 });
  });

  it('finds the quote by exact search after edits around it', () => {
    const edited = '（征求意见稿）\n' + DRAFT.replace('为了规范本市市场秩序', '为了进一步规范和优化本市市场秩序');
    const m = anchor(edited, sel)!;
    expect(m.method).toBe('exact');
    expect(edited.slice(m.start, m.end)).toBe(QUOTE);
  });

  it('picks among repeated quotes by context', () => {
    const text = '甲说：应当备案。乙说：应当备案。丙说：应当备案。';
    const i = text.indexOf('应当备案', 10);
    const s = describe(text, i, i + 4);
    const shifted = '开头加字。' + text;
    const m = anchor(shifted, s)!;
    expect(m.start).toBe(i + 5);
  });

  it('falls back to fuzzy matching when the quote itself was edited', () => {
    const edited = DRAFT.replace(QUOTE, '须经主管部门书面审查同意后才可');
    const m = anchor(edited, sel)!;
    expect(m.method).toBe('fuzzy');
    expect(m.score).toBeGreaterThan(0.8);
    expect(edited.slice(m.start, m.end)).toContain('主管部门书面审查同意后');
  });

  it('returns null (an orphan) when the passage was deleted', () => {
    const deleted = DRAFT.replace(/第二条[^\n]*\n/, '');
    expect(anchor(deleted, sel)).toBeNull();
  });

  it('does not anchor a short deleted quote to a look-alike elsewhere', () => {
    const q = '外地企业';
    const i = DRAFT.indexOf(q);
    const s = describe(DRAFT, i, i + q.length);
    const deleted = DRAFT.replace(/第三条[^\n]*\n/, '').replace('第四条 违反本办法第三条', '第三条 违反本办法第二条');
    expect(anchor(deleted, s)).toBeNull();
  });

  it('re-anchors many at once and keeps orphans with their quote', () => {
    const j = DRAFT.indexOf('设立分支机构');
    const items = [
      { item: 'a', selectors: sel },
      { item: 'b', selectors: describe(DRAFT, j, j + 6) },
    ];
    const next = DRAFT.replace(/第三条[^\n]*\n/, '');
    const out = reanchorAll(next, items);
    expect(out[0]!.match).not.toBeNull();
    expect(quoteSelector(out[0]!.selectors!)!.exact).toBe(QUOTE);
    expect(out[1]).toEqual({ item: 'b', match: null });
  });
});

suite('fingerprint', () => {
  it('hashes exact text', () => {
    expect(hashText(DRAFT)).toBe(hashText(DRAFT));
    expect(hashText(DRAFT)).not.toBe(hashText(DRAFT + ' '));
  });

  it('keeps a revised draft similar and an unrelated text dissimilar', () => {
    const v2 = DRAFT.replace(QUOTE, '经主管部门审查').replace('五年', '三年').replace(/\n/g, '\r\n  ');
    const other = '第一条 为了加强本县农村集体经济组织财务管理，制定本制度。第二条 村集体经济组织应当建立健全财务公开制度，每季度公开一次。';
    expect(similarity(minhash(DRAFT), minhash(v2))).toBeGreaterThan(0.7);
    expect(similarity(minhash(DRAFT), minhash(other))).toBeLessThan(0.2);
  });
});
