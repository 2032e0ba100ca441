// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DRAFT_V1, freshService, span } from './helpers';

async function setup() {
  const s = await freshService();
  await s.setProfile({ name: '张三', department: '法制科' });
  const r = await s.recognizeDocument({ url: 'https://oa.example/d/1', text: DRAFT_V1 });
  return { s, ids: { documentId: r.document.id, versionId: r.version.id } };
}

describe('notes', () => {
  it('adds a note on a span with W3C selectors, stamped with the profile, and logs it', async () => {
    const { s, ids } = await setup();
    const n = await s.addNote({ ...ids, span: span(DRAFT_V1, '外地企业'), comment: '排斥外地经营者', category: 'local-protection', severity: 'error', suggestion: '删除' });
    expect(n.target![0]).toMatchObject({ type: 'TextQuoteSelector', exact: '外地企业' });
    expect(n.target![0].prefix.length).toBe(32);
    expect(n.target![1]).toMatchObject({ type: 'TextPositionSelector', start: DRAFT_V1.indexOf('外地企业') });
    expect(n.author).toEqual({ name: '张三', department: '法制科' });
    expect(n.anchor).toMatchObject({ status: 'anchored', method: 'created' });
    expect(await s.getNote(n.id)).toEqual(n);
    const ev = await s.db.events.where('entityId').equals(n.id).toArray();
    expect(ev.map((e) => e.type)).toEqual(['note.add']);
    expect(ev[0]!.actor.name).toBe('张三');
  });

  it('adds page notes and notes on a finding', async () => {
    const { s, ids } = await setup();
    const page = await s.addNote({ ...ids, comment: '整体意见' });
    expect(page.target).toBeUndefined();
    const onFinding = await s.addNote({ ...ids, span: span(DRAFT_V1, '处五千元以上一万元以下罚款'), findingId: 'f-1', ruleId: 'penalty-fine', comment: '同意' });
    expect(onFinding).toMatchObject({ findingId: 'f-1', ruleId: 'penalty-fine' });
  });

  it('refuses a span whose text differs from the stored version, an empty note, an unknown document', async () => {
    const { s, ids } = await setup();
    await expect(s.addNote({ ...ids, span: { start: 0, end: 4, exact: '别的文字' }, comment: 'x' })).rejects.toThrow(/differs/);
    await expect(s.addNote({ ...ids, span: { start: 5, end: 99999 }, comment: 'x' })).rejects.toThrow(/outside/);
    await expect(s.addNote({ ...ids, comment: '   ' })).rejects.toThrow(/empty/);
    await expect(s.addNote({ ...ids, documentId: 'nope', comment: 'x' })).rejects.toThrow(/not found/);
  });

  it('edits keep every earlier state in history, with who and when', async () => {
    const { s, ids } = await setup();
    const n = await s.addNote({ ...ids, span: span(DRAFT_V1, '外地企业'), comment: '初稿意见', severity: 'warning' });
    await s.setProfile({ name: '李四', department: '合法性审核处' });
    const e1 = await s.editNote(n.id, { comment: '修改后的意见', severity: 'error' });
    const e2 = await s.editNote(n.id, { suggestion: '删除该款' });
    expect(e2.comment).toBe('修改后的意见');
    expect(e2.suggestion).toBe('删除该款');
    expect(e2.author.name).toBe('张三');
    expect(e2.editedBy!.name).toBe('李四');
    expect(e2.history).toEqual([
      { comment: '初稿意见', severity: 'warning', at: n.updatedAt, author: n.author },
      { comment: '修改后的意见', severity: 'error', at: e1.updatedAt, author: e1.editedBy },
    ]);
    expect(e2.rev).toBe(2);
    // no change → no write
    const before = await s.db.events.count();
    await s.editNote(n.id, { comment: '修改后的意见' });
    expect(await s.db.events.count()).toBe(before);
    const types = (await s.db.events.where('entityId').equals(n.id).toArray()).map((e) => e.type);
    expect(types).toEqual(['note.add', 'note.edit', 'note.edit']);
  });

  it('replies thread under the root note', async () => {
    const { s, ids } = await setup();
    const n = await s.addNote({ ...ids, comment: '问题' });
    const r1 = await s.replyToNote(n.id, '已修改');
    const r2 = await s.replyToNote(r1.id, '确认');
    expect(r1.parentId).toBe(n.id);
    expect(r2.parentId).toBe(n.id);
    const list = await s.listForDocument(ids.documentId);
    expect(list.notes.map((x) => x.comment)).toEqual(['问题', '已修改', '确认']);
    await expect(s.replyToNote(n.id, ' ')).rejects.toThrow(/empty/);
  });
});
