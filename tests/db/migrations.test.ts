// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, SCHEMA_V1 } from '../../lib/db/db';
import { openReviewDb } from '../../lib/db/open';
import { createReviewService } from '../../lib/db/service';
import { DocumentRow, NoteRow, VersionRow } from '../../lib/db/schema';
import { DRAFT_V1, DRAFT_V2, fakeClock, freshName } from './helpers';

/** Writes a database exactly as release 0.1 (schema v1) did. */
async function createV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('meta').add({ key: 'chain', value: 'chain-v1' });
  await v1.table('documents').add({ id: 'doc-1', url: 'https://oa/1', title: '若干规定', docNumber: '某府办发〔2024〕7号', text: DRAFT_V1, createdAt: 1000, updatedAt: 2000 });
  const q = '外地企业';
  const start = DRAFT_V1.indexOf(q);
  await v1.table('notes').bulkAdd([
    { id: 'n-1', documentId: 'doc-1', quote: q, prefix: DRAFT_V1.slice(start - 32, start), suffix: DRAFT_V1.slice(start + 4, start + 36), start, end: start + 4, comment: '排斥外地', category: 'local-protection', severity: 'error', reviewer: '张三', department: '法制科', createdAt: 1500, updatedAt: 1500 },
    // offsets that were already stale in 0.1: found again by the quote
    { id: 'n-2', documentId: 'doc-1', quote: '有效期五年', prefix: '', suffix: '', start: 0, end: 5, comment: '有效期', reviewer: '李四', department: '', createdAt: 1600, updatedAt: 1700 },
    { id: 'n-3', documentId: 'doc-1', quote: '', prefix: '', suffix: '', start: 0, end: 0, comment: '整体意见', reviewer: '张三', department: '法制科', createdAt: 1800, updatedAt: 1800 },
  ]);
  v1.close();
}

describe('schema migrations', () => {
  it(`upgrades a v1 database with data to v${CURRENT_DB_VERSION}`, async () => {
    const name = freshName();
    await createV1(name);
    const db = await openReviewDb(name, fakeClock());
    expect(db.verno).toBe(CURRENT_DB_VERSION);

    const doc = DocumentRow.parse(await db.documents.get('doc-1'));
    expect(doc).toMatchObject({ title: '若干规定', docNumber: '某府办发〔2024〕7号', versionCount: 1, createdAt: 1000, updatedAt: 2000 });
    expect(doc).not.toHaveProperty('text');
    const version = VersionRow.parse(await db.versions.get(doc.latestVersionId));
    expect(version).toMatchObject({ documentId: 'doc-1', n: 1, text: DRAFT_V1, matchedBy: 'migration' });

    const n1 = NoteRow.parse(await db.notes.get('n-1'));
    expect(n1).toMatchObject({ comment: '排斥外地', category: 'local-protection', severity: 'error', author: { name: '张三', department: '法制科' }, versionId: version.id, history: [] });
    expect(n1.target![0]).toMatchObject({ exact: '外地企业' });
    expect(n1.anchor).toMatchObject({ status: 'anchored', method: 'position' });
    const n2 = NoteRow.parse(await db.notes.get('n-2'));
    expect(n2.anchor).toMatchObject({ status: 'anchored', method: 'exact' });
    const n3 = NoteRow.parse(await db.notes.get('n-3'));
    expect(n3.target).toBeUndefined();

    // the upgrade is logged and the log vouches for the rewritten rows
    const events = await db.events.toArray();
    expect(events.map((e) => e.type)).toEqual(['schema.upgrade']);
    expect(events[0]!.chain).toBe('chain-v1');
    expect(events[0]!.data).toMatchObject({ migrations: [{ from: 1, to: 2, counts: { documents: 1, notes: 3 } }] });
    const s = createReviewService(db, { clock: fakeClock() });
    expect(await s.verifyLog()).toMatchObject({ ok: true, unlogged: 0 });
    // logged once only
    db.close();
    const again = await openReviewDb(name);
    expect(await again.events.count()).toBe(1);

    // and the migrated document works as any other: a new version re-anchors the migrated notes
    const s2 = createReviewService(again, { clock: fakeClock() });
    const r = await s2.recognizeDocument({ url: 'https://oa/1', text: DRAFT_V2 });
    expect(r.document.id).toBe('doc-1');
    expect(r.notes.find((n) => n.id === 'n-1')!.anchor!.status).toBe('orphan');
    expect((await s2.verifyLog()).ok).toBe(true);
  });

  it('creates a fresh database at the current version with its chain id', async () => {
    const db = await openReviewDb(freshName());
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(typeof (await db.meta.get('chain'))?.value).toBe('string');
    expect(await db.events.count()).toBe(0);
  });
});
