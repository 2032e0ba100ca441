// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, sha256Hex } from '../../lib/db/hash';
import { chainId, eventHash } from '../../lib/db/log';
import { DRAFT_V1, freshService, span } from './helpers';

async function populated() {
  const s = await freshService();
  await s.setProfile({ name: '张三', department: '法制科' });
  const r = await s.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V1 });
  const ids = { documentId: r.document.id, versionId: r.version.id };
  const n = await s.addNote({ ...ids, span: span(DRAFT_V1, '外地企业'), comment: '意见一' });
  await s.editNote(n.id, { comment: '意见二' });
  await s.replyToNote(n.id, '回复');
  return { s, n };
}

describe('hash chain', () => {
  it('canonical JSON sorts keys and drops undefined; SHA-256 matches a known vector', async () => {
    expect(canonicalJson({ b: 1, a: [1, undefined, { d: undefined, c: '中' }] })).toBe('{"a":[1,null,{"c":"中"}],"b":1}');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('links every event to the previous one from the genesis hash', async () => {
    const { s } = await populated();
    const chain = await chainId(s.db);
    const events = await s.db.events.where('[chain+seq]').between([chain, 0], [chain, Infinity]).toArray();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((e) => e.type)).toEqual(['profile.set', 'document.create', 'note.add', 'note.edit', 'note.reply']);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    for (const e of events) {
      const { hash, ...rest } = e;
      expect(await eventHash(rest)).toBe(hash);
    }
    const report = await s.verifyLog();
    expect(report).toMatchObject({ ok: true, unlogged: 0, rowIssues: [] });
    expect(report.chains).toEqual([{ chain, local: true, events: 5, ok: true }]);
    expect(report.rowsChecked).toBe(4); // document, version, note, reply
  });

  it('detects an edited event', async () => {
    const { s } = await populated();
    const chain = await chainId(s.db);
    await s.db.events.update([chain, 3], { data: { comment: '被篡改' } });
    const report = await s.verifyLog();
    expect(report.ok).toBe(false);
    expect(report.chains[0]!.broken).toEqual({ seq: 3, reason: 'hash' });
  });

  it('detects a re-hashed event by its broken link, and a deleted event by the gap', async () => {
    const { s } = await populated();
    const chain = await chainId(s.db);
    const ev = (await s.db.events.get([chain, 2]))!;
    const { hash: _h, ...rest } = ev;
    const forged = { ...rest, data: { ...rest.data, url: 'https://evil/' } };
    await s.db.events.put({ ...forged, hash: await eventHash(forged) });
    expect((await s.verifyLog()).chains[0]!.broken).toEqual({ seq: 3, reason: 'link' });

    const { s: s2 } = await populated();
    const chain2 = await chainId(s2.db);
    await s2.db.events.delete([chain2, 4]);
    expect((await s2.verifyLog()).chains[0]!.broken).toEqual({ seq: 5, reason: 'gap' });
  });

  it('detects a row changed behind the log, a row rolled back, and a deleted row', async () => {
    const { s, n } = await populated();
    await s.db.notes.update(n.id, { comment: '悄悄改掉' });
    let report = await s.verifyLog();
    expect(report.ok).toBe(false);
    expect(report.chains[0]!.ok).toBe(true);
    expect(report.rowIssues).toEqual([{ t: 'notes', id: n.id, problem: 'tampered' }]);

    await s.db.notes.put(n); // the state before the logged edit
    report = await s.verifyLog();
    expect(report.rowIssues).toEqual([{ t: 'notes', id: n.id, problem: 'rolled-back' }]);

    await s.db.notes.delete(n.id);
    report = await s.verifyLog();
    expect(report.rowIssues).toEqual([{ t: 'notes', id: n.id, problem: 'missing' }]);
  });

  it('writes nothing when the transaction fails, and keeps the chain intact', async () => {
    const { s } = await populated();
    const before = await s.db.events.count();
    await expect(s.addNote({ documentId: 'missing', versionId: 'x', comment: 'x' })).rejects.toThrow();
    expect(await s.db.events.count()).toBe(before);
    expect((await s.verifyLog()).ok).toBe(true);
  });

  it('serialises concurrent writes into one unbroken chain', async () => {
    const { s, n } = await populated();
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.replyToNote(n.id, `并发回复${i}`)));
    const report = await s.verifyLog();
    expect(report.ok).toBe(true);
    expect(report.chains[0]!.events).toBe(25);
  });
});
