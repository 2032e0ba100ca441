// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FindingData } from '../../lib/db/schema';
import { DRAFT_V1, DRAFT_V2, freshService, span } from './helpers';

function finding(text: string, quote: string, id = 'f-license'): FindingData {
  const { start, end } = span(text, quote);
  return {
    id,
    ruleId: 'review-before-application',
    category: 'unauthorized-license',
    severity: 'error',
    start,
    end,
    quote,
    message: '以审查同意作为申请前置条件，属于变相设定行政许可',
    suggestion: '删除前置审查环节',
    basis: [{ law: '行政许可法', article: '第十七条' }],
  };
}

describe('decisions', () => {
  it('records 采纳 / 部分采纳 and re-decides with history', async () => {
    const s = await freshService();
    await s.setProfile({ name: '王五', department: '法规处' });
    const r = await s.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V1 });
    const f = finding(DRAFT_V1, '须经主管部门审查同意后方可');
    const d1 = await s.decide({ documentId: r.document.id, versionId: r.version.id, finding: f, status: 'accepted' });
    expect(d1).toMatchObject({ status: 'accepted', findingId: f.id, author: { name: '王五' } });
    expect(d1.target[0].exact).toBe(f.quote);
    const d2 = await s.decide({ documentId: r.document.id, versionId: r.version.id, finding: f, status: 'partial', reason: '保留告知' });
    expect(d2.id).toBe(d1.id);
    expect(d2.history).toEqual([{ status: 'accepted', at: d1.updatedAt, author: d1.author }]);
    expect(await s.findDecision(r.document.id, f.id)).toEqual(d2);
    expect(await s.db.decisions.count()).toBe(1);
  });

  it('requires a reason for 不采纳 and 误报', async () => {
    const s = await freshService();
    const r = await s.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V1 });
    const f = finding(DRAFT_V1, '须经主管部门审查同意后方可');
    const ids = { documentId: r.document.id, versionId: r.version.id, finding: f };
    await expect(s.decide({ ...ids, status: 'rejected' })).rejects.toThrow(/reason/);
    await expect(s.decide({ ...ids, status: 'false-positive', reason: ' ' })).rejects.toThrow(/reason/);
    const d = await s.decide({ ...ids, status: 'false-positive', reason: '系复述上位法' });
    expect(d.reason).toBe('系复述上位法');
  });

  it('finds a quote whose offsets drifted, and refuses one that is not in the version', async () => {
    const s = await freshService();
    const r = await s.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V1 });
    const f = { ...finding(DRAFT_V1, '外地企业', 'f-local'), start: 3, end: 7 };
    const d = await s.decide({ documentId: r.document.id, versionId: r.version.id, finding: f, status: 'accepted' });
    expect(d.target[1].start).toBe(DRAFT_V1.indexOf('外地企业'));
    const bad = { ...f, id: 'f-x', quote: '根本不存在的文字' };
    await expect(s.decide({ documentId: r.document.id, versionId: r.version.id, finding: bad, status: 'accepted' })).rejects.toThrow(/does not match/);
  });

  it('re-anchors decisions in a new version', async () => {
    const s = await freshService();
    const r = await s.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V1 });
    await s.decide({ documentId: r.document.id, versionId: r.version.id, finding: finding(DRAFT_V1, '有效期五年', 'f-v'), status: 'accepted' });
    await s.decide({ documentId: r.document.id, versionId: r.version.id, finding: finding(DRAFT_V1, '应当在本市设立分支机构', 'f-b'), status: 'accepted' });
    const v2 = await s.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V2 });
    const by = new Map(v2.decisions.map((d) => [d.findingId, d]));
    expect(by.get('f-v')!.anchor).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(by.get('f-b')!.anchor!.status).toBe('orphan');
    expect(by.get('f-b')!.finding.quote).toBe('应当在本市设立分支机构');
  });
});
