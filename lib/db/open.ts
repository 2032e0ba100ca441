/**
 * Opening the review database: Dexie runs the upgrades in order (db.ts); what they changed is then logged as
 * 'schema.upgrade' events, with the hashes of the rows they rewrote, so the log keeps vouching for every row.
 */
import { CURRENT_DB_VERSION, DB_NAME, ReviewDB, type MigrationRecord } from './db';
import { commit, type RowPut } from './log';
import type { Clock } from './context';
import { ANONYMOUS } from './profile';

function isMigration(v: unknown): v is MigrationRecord {
  return !!v && typeof v === 'object' && 'from' in v && 'to' in v && 'rows' in v && Array.isArray(v.rows);
}

export async function logPendingMigrations(db: ReviewDB, clock: Clock = Date.now): Promise<number> {
  const row = await db.meta.get('pendingMigrations');
  const list = Array.isArray(row?.value) ? row.value.filter(isMigration) : [];
  if (!list.length) return 0;
  await commit(db, async () => {
    const puts: RowPut[] = [];
    for (const m of list)
      for (const r of m.rows) {
        const current = await db.table(r.t).get(r.id);
        if (current) puts.push({ t: r.t, row: current });
      }
    return {
      type: 'schema.upgrade',
      actor: ANONYMOUS,
      at: clock(),
      data: { migrations: list.map(({ rows: _rows, ...m }) => m), dbVersion: CURRENT_DB_VERSION },
      puts,
      unhashed: [{ t: 'meta', row: { key: 'pendingMigrations', value: [] } }],
      result: undefined,
    };
  });
  return list.length;
}

/** Opens (creating or upgrading) the review database and logs any upgrade that just ran. */
export async function openReviewDb(name: string = DB_NAME, clock?: Clock): Promise<ReviewDB> {
  const db = new ReviewDB(name);
  await db.open();
  await logPendingMigrations(db, clock);
  return db;
}
