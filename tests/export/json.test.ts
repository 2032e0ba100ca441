// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openReviewDb } from '../../lib/db/open';
import { createReviewService } from '../../lib/db/service';
import { readSnapshot } from '../../lib/db/snapshot';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, serializeExport, toJsonExport } from '../../lib/export/json';
import { addedTotal, importJson, ImportError, parseExport } from '../../lib/import/json';
import { fakeClock, freshName } from '../db/helpers';
import { FIXED_CLOCK, seeded } from './seed';

async function exported() {
  const src = await seeded();
  const file = toJsonExport(await readSnapshot(src.s.db), { clock: FIXED_CLOCK });
  return { ...src, file, text: serializeExport(file) };
}

async function emptyDb() {
  return createReviewService(await openReviewDb(freshName()), { clock: fakeClock(Date.UTC(2025, 5, 1)) });
}

async function tableCounts(s: Awaited<ReturnType<typeof emptyDb>>) {
  const db = s.db;
  return { documents: await db.documents.count(), versions: await db.versions.count(), notes: await db.notes.count(), decisions: await db.decisions.count(), events: await db.events.count() };
}

describe('JSON export', () => {
  it('is lossless, versioned and stamped with the injected clock', async () => {
    const { file, text, snapshot } = await exported();
    expect(file).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: '2025-03-05T01:30:00.000Z', profile: { name: '张三' } });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(file)));
    expect(file.notes).toEqual(JSON.parse(JSON.stringify(snapshot.notes)));
    expect(file.versions.map((v) => v.text.length)).toEqual(snapshot.versions.map((v) => v.text.length));
    expect(file.events.length).toBe(snapshot.events.length);
  });
});

describe('JSON import', () => {
  it('restores everything into an empty database, verifiably, and reports what it added', async () => {
    const { file, text } = await exported();
    const s = await emptyDb();
    const stages = new Set<string>();
    const report = await importJson(s.db, text, { clock: Date.now, onProgress: (st) => void stages.add(st) });
    expect([...stages]).toEqual(['parse', 'validate', 'verify', 'merge', 'write']);
    expect(report.added).toEqual({ documents: 1, versions: 2, notes: 3, decisions: 3, events: file.events.length });
    expect(report.source.profile).toBe('张三');
    const again = toJsonExport(await readSnapshot(s.db), { clock: FIXED_CLOCK });
    expect(again.notes).toEqual(file.notes);
    expect(again.decisions).toEqual(file.decisions);
    expect(again.versions).toEqual(file.versions);
    // the imported chain still verifies here, next to the local one with its import event
    const v = await s.verifyLog();
    expect(v.ok).toBe(true);
    expect(v.chains.map((c) => [c.local, c.events])).toEqual([[true, 1], [false, file.events.length]]);
    expect(v.unlogged).toBe(0);
  });

  it('merges without duplicates: a second import adds nothing', async () => {
    const { text } = await exported();
    const s = await emptyDb();
    await importJson(s.db, text, { clock: Date.now });
    const before = await tableCounts(s);
    const report = await importJson(s.db, text, { clock: Date.now });
    expect(addedTotal(report)).toBe(0);
    expect(report.unchanged.notes).toBe(3);
    const after = await tableCounts(s);
    expect(after).toEqual({ ...before, events: before.events + 1 });
  });

  it('takes newer copies of notes and keeps newer local ones', async () => {
    const { s: src, text: first } = await exported();
    const s = await emptyDb();
    await importJson(s.db, first, { clock: Date.now });
    const note = (await src.db.notes.toArray()).find((n) => !n.parentId)!;
    await src.editNote(note.id, { comment: '源端再次修改' });
    const second = serializeExport(toJsonExport(await readSnapshot(src.db), { clock: FIXED_CLOCK }));
    const report = await importJson(s.db, second, { clock: Date.now });
    expect(report.updated.notes).toBe(1);
    expect(report.added.events).toBe(1);
    expect((await s.getNote(note.id)).comment).toBe('源端再次修改');
    expect((await s.verifyLog()).ok).toBe(true);
  });

  it('imports into the exporting database as a no-op merge', async () => {
    const { s, text } = await exported();
    const report = await importJson(s.db, text, { clock: Date.now });
    expect(addedTotal(report)).toBe(0);
    expect((await s.verifyLog()).ok).toBe(true);
  });

  it.each([
    ['not JSON', () => '{"format": "fashen-review-log", ', 'not-json'],
    ['a foreign JSON file', () => JSON.stringify({ hello: 'world' }), 'foreign'],
    ['a newer format', (t: string) => t.replace('"schemaVersion": 1', '"schemaVersion": 99'), 'newer'],
    ['a row that breaks the schema', (t: string) => t.replace('"severity":"error"', '"severity":"fatal"'), 'invalid'],
    ['a tampered note', (t: string) => t.replace('起草单位：拟删除', '起草单位：不删除'), 'tampered'],
    ['a tampered event', (t: string) => t.replace('"type":"note.reply"', '"type":"note.add"'), 'tampered'],
  ])('rejects %s with a clear error and changes nothing', async (_name, mutate, code) => {
    const { text } = await exported();
    const s = await emptyDb();
    await s.setProfile({ name: '主管', department: '法制办' });
    const before = await tableCounts(s);
    const bad = mutate(text);
    expect(bad).not.toBe(text);
    const err = await importJson(s.db, bad, { clock: Date.now }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe(code);
    expect((err as ImportError).message).toMatch(/[\u4e00-\u9fff]/);
    expect(await tableCounts(s)).toEqual(before);
  });

  it('rejects notes pointing at documents that exist nowhere', async () => {
    const { file } = await exported();
    const broken = { ...file, documents: [], events: [] };
    const s = await emptyDb();
    const err = await importJson(s.db, JSON.stringify(broken), { clock: Date.now }).catch((e: unknown) => e);
    expect((err as ImportError).code).toBe('dangling');
    expect(await s.db.notes.count()).toBe(0);
  });

  it('parses an export written with a BOM', async () => {
    const { text } = await exported();
    expect(parseExport('\uFEFF' + text).format).toBe(EXPORT_FORMAT);
  });
});
