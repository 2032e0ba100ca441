// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleReviewMessage } from '../../lib/db/handler';
import { parseReviewReply, REVIEW_PAGE_ONLY, ReviewToBackground, type ReviewMessageType, type ReviewResponseOf } from '../../lib/db/messages';
import { DRAFT_V1, DRAFT_V2, freshService, span } from './helpers';
import { findingAt } from '../export/seed';

async function ask<K extends ReviewMessageType>(s: Awaited<ReturnType<typeof freshService>>, msg: { type: K } & Record<string, unknown>): Promise<ReviewResponseOf<K>> {
  const reply = parseReviewReply(msg.type, await handleReviewMessage(s, msg));
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

describe('review messages', () => {
  it('round-trips the sidebar flow: profile, recognise, note, edit, reply, decide, list, new version', async () => {
    const s = await freshService();
    await ask(s, { type: 'review.profile.set', profile: { name: '张三', department: '法制科' } });
    expect((await ask(s, { type: 'review.profile.get' })).profile).toEqual({ name: '张三', department: '法制科' });
    const r = await ask(s, { type: 'review.recognize', url: 'https://oa/1', text: DRAFT_V1, meta: { title: '若干规定' } });
    expect(r).toMatchObject({ created: 'document', version: { n: 1, length: DRAFT_V1.length } });
    expect(r.version).not.toHaveProperty('text');
    const ids = { documentId: r.document.id, versionId: r.version.id };
    const n = await ask(s, { type: 'review.note.add', ...ids, span: span(DRAFT_V1, '外地企业'), note: { comment: '排斥外地', severity: 'error' } });
    await ask(s, { type: 'review.note.edit', noteId: n.note.id, patch: { comment: '排斥外地经营者' } });
    await ask(s, { type: 'review.note.reply', noteId: n.note.id, comment: '同意' });
    const d = await ask(s, { type: 'review.decide', ...ids, finding: findingAt(DRAFT_V1, '须经主管部门审查同意后方可', 'f-1'), status: 'accepted' });
    expect(d.decision.author.name).toBe('张三');
    const list = await ask(s, { type: 'review.list', documentId: r.document.id });
    expect(list.notes.map((x) => x.comment)).toEqual(['排斥外地经营者', '同意']);
    expect(list.decisions).toHaveLength(1);
    const r2 = await ask(s, { type: 'review.recognize', url: 'https://oa/1', text: DRAFT_V2 });
    expect(r2.created).toBe('version');
    expect(r2.notes.find((x) => x.id === n.note.id)!.anchor!.status).toBe('orphan');
  });

  it('answers bad messages and refused writes with ok:false and a code, never throwing', async () => {
    const s = await freshService();
    expect(await handleReviewMessage(s, { type: 'review.nope' })).toMatchObject({ ok: false, code: 'bad-input' });
    expect(await handleReviewMessage(s, { type: 'review.recognize', url: 'x', text: '' })).toMatchObject({ ok: false });
    expect(await handleReviewMessage(s, { type: 'review.list', documentId: 'missing' })).toMatchObject({ ok: false, code: 'not-found' });
    const r = await ask(s, { type: 'review.recognize', url: 'https://oa/1', text: DRAFT_V1 });
    const decide = { type: 'review.decide', documentId: r.document.id, versionId: r.version.id, finding: findingAt(DRAFT_V1, '外地企业', 'f-2'), status: 'rejected' };
    const noReason = await handleReviewMessage(s, decide);
    expect(noReason).toMatchObject({ ok: false });
    expect(ReviewToBackground.safeParse(decide).success).toBe(false);
    expect(ReviewToBackground.safeParse({ ...decide, reason: '上位法已有规定' }).success).toBe(true);
  });

  it('marks the profile change as extension-page only', () => {
    expect([...REVIEW_PAGE_ONLY]).toEqual(['review.profile.set']);
  });
});
