// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeDocNumber } from '../../lib/db/documents';
import { DRAFT_V1, DRAFT_V2, freshService, span } from './helpers';

const URL1 = 'https://oa.example.gov.cn/drafts/edit?id=42';

describe('recognizeDocument', () => {
  it('creates a document with version 1 on first sight, and recognises the same text later without writing', async () => {
    const s = await freshService();
    const a = await s.recognizeDocument({ url: URL1, text: DRAFT_V1, title: '若干规定' });
    expect(a.created).toBe('document');
    expect(a.version.n).toBe(1);
    const events = await s.db.events.count();
    const b = await s.recognizeDocument({ url: 'https://elsewhere.example/x', text: DRAFT_V1 });
    expect(b).toMatchObject({ created: 'none', matchedBy: 'text' });
    expect(b.document.id).toBe(a.document.id);
    expect(await s.db.events.count()).toBe(events);
  });

  it('treats a revised draft as version 2 and re-anchors its notes (fuzzy, orphan) keeping the quote', async () => {
    const s = await freshService();
    const a = await s.recognizeDocument({ url: URL1, text: DRAFT_V1 });
    const ids = { documentId: a.document.id, versionId: a.version.id };
    const around = await s.addNote({ ...ids, span: span(DRAFT_V1, '外地企业'), comment: '排斥外地经营者' });
    const inside = await s.addNote({ ...ids, span: span(DRAFT_V1, '须经主管部门审查同意后方可'), comment: '变相许可' });
    const kept = await s.addNote({ ...ids, span: span(DRAFT_V1, '处五千元以上一万元以下罚款'), comment: '规范性文件不得设定罚款' });
    const page = await s.addNote({ ...ids, comment: '整体意见：建议补充制定依据' });

    const b = await s.recognizeDocument({ url: URL1, text: DRAFT_V2 });
    expect(b.created).toBe('version');
    expect(['fingerprint', 'url']).toContain(b.matchedBy);
    expect(b.document.id).toBe(a.document.id);
    expect(b.version.n).toBe(2);
    expect(b.document.versionCount).toBe(2);
    const byId = new Map(b.notes.map((n) => [n.id, n]));
    expect(byId.get(around.id)!.anchor).toMatchObject({ status: 'orphan', versionId: b.version.id });
    expect(byId.get(around.id)!.target![0].exact).toBe('外地企业');
    const fuzzy = byId.get(inside.id)!.anchor!;
    expect(fuzzy).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(fuzzy.selector![0].exact).toContain('书面审查同意后');
    const exact = byId.get(kept.id)!.anchor!;
    expect(exact.method).toBe('exact');
    const pos = exact.selector![1];
    expect(DRAFT_V2.slice(pos.start, pos.end)).toBe('处五千元以上一万元以下罚款');
    expect(byId.get(page.id)!.anchor).toBeUndefined();

    // stored, and listed per version: v1 still anchors at the original spot
    const list = await s.listForDocument(a.document.id);
    expect(list.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(list.notes).toHaveLength(4);
    const old = await s.listForDocument(a.document.id, a.version.id);
    expect(old.notes.find((n) => n.id === around.id)!.anchor).toMatchObject({ status: 'anchored', versionId: a.version.id });
  });

  it('recognises by 文号 even when the text changed a lot, and by URL or title when moderately similar', async () => {
    const s = await freshService();
    const a = await s.recognizeDocument({ url: URL1, text: DRAFT_V1, docNumber: '某府办发〔2025〕3号' });
    const rewritten = '某市人民政府办公室关于印发若干措施的通知\n各区政府：现将有关措施印发给你们，请认真贯彻执行。';
    const b = await s.recognizeDocument({ url: 'https://other/', text: rewritten, docNumber: '某府办发〔2025〕3 号' });
    expect(b).toMatchObject({ created: 'version', matchedBy: 'docNumber' });
    expect(b.document.id).toBe(a.document.id);

  });

  it('recognises by URL or title when moderately similar, by MinHash alone when very similar', async () => {
    const s = await freshService();
    const a = await s.recognizeDocument({ url: URL1, text: DRAFT_V1, title: '若干规定' });
    const half = DRAFT_V1.slice(0, Math.floor(DRAFT_V1.length * 0.55)) + '第六条 新增条款：鼓励社会资本参与市场建设。';
    const b = await s.recognizeDocument({ url: URL1, text: half });
    expect(b).toMatchObject({ created: 'version', matchedBy: 'url' });
    expect(b.similarity).toBeLessThan(0.75);
    expect(b.document.id).toBe(a.document.id);
    const c = await s.recognizeDocument({ url: 'https://x/', text: half + '第七条 补充。', title: '若干规定' });
    expect(c.matchedBy).toBe('fingerprint');
    expect(c.document.id).toBe(a.document.id);
    const d = await s.recognizeDocument({ url: 'https://y/', text: DRAFT_V1.slice(0, 60) + '第二条 其他内容完全不同的条款，规定了另外的事项和程序。', title: '若干规定' });
    expect(d).toMatchObject({ matchedBy: 'title', created: 'version' });
  });

  it('keeps unrelated drafts apart', async () => {
    const s = await freshService();
    const a = await s.recognizeDocument({ url: URL1, text: DRAFT_V1, title: '若干规定' });
    const other = '某县农村集体经济组织财务管理办法\n第一条 为了加强农村集体经济组织财务管理，制定本办法。\n第二条 村集体经济组织应当每季度公开财务。';
    const b = await s.recognizeDocument({ url: URL1, text: other, title: '财务管理办法' });
    expect(b.created).toBe('document');
    expect(b.document.id).not.toBe(a.document.id);
    expect((await s.listDocuments()).length).toBe(2);
  });

  it('refuses an empty text', async () => {
    const s = await freshService();
    await expect(s.recognizeDocument({ url: URL1, text: '  ' })).rejects.toThrow(/empty/);
  });

  it('accepts only real 文号', () => {
    expect(normalizeDocNumber('某府办发[2025]3号')).toBe('某府办发〔2025〕3号');
    expect(normalizeDocNumber('某府办发〔2025〕 号')).toBeUndefined();
    expect(normalizeDocNumber(undefined)).toBeUndefined();
  });
});
