/**
 * Importing a JSON export (lib/export/json.ts) into the review database: merge without duplicates, report what
 * was added. Everything is checked BEFORE anything is written — JSON syntax, that it is our format and a version
 * we read, the zod schema, every event chain in the file and every row against the hash its log recorded, and that
 * notes, decisions and versions point at documents that exist — and then ONE transaction writes the merge with
 * its 'import.merge' event. A corrupt or foreign file gets an ImportError and changes nothing.
 *
 * Merge rules: a row absent here is added; an identical one is left alone; a different one with the same id is
 * replaced only when the file's copy is newer (updatedAt, then rev). Versions never change: the same id with
 * different content is a conflict. Events of other chains are stored as they are (so their chains can still be
 * verified here); the same chain position with another hash is a conflict.
 */
import { z } from 'zod';
import type { Clock } from '../db/context';
import type { ReviewDB } from '../db/db';
import { canonicalJson, sha256Hex } from '../db/hash';
import { chainId, commit, type RowPut } from '../db/log';
import { currentAuthor } from '../db/profile';
import type { EventRow } from '../db/schema';
import { checkChains, checkRows, type DataTable } from '../db/verify';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, ExportFile } from '../export/json';

export type ImportErrorCode = 'not-json' | 'foreign' | 'newer' | 'invalid' | 'tampered' | 'dangling' | 'conflict';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Counts = Record<DataTable | 'events', number>;
const zero = (): Counts => ({ documents: 0, versions: 0, notes: 0, decisions: 0, events: 0 });

export interface ImportReport {
  added: Counts;
  updated: Counts;
  unchanged: Counts;
  source: { chain: string; exportedAt: string; profile: string; sha256: string };
}

export type ImportStage = 'parse' | 'validate' | 'verify' | 'merge' | 'write';
/** Awaited at each stage and batch, so a UI can return a promise to repaint. */
export type ImportProgress = (stage: ImportStage, done: number, total: number) => void | Promise<void>;

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** JSON text → a validated export file, or an ImportError saying what is wrong. Touches no database. */
export function parseExport(text: string): ExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportError('not-json', `不是有效的 JSON 文件（${err instanceof Error ? err.message : String(err)}）`);
  }
  const head = z.object({ format: z.string(), schemaVersion: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== EXPORT_FORMAT) throw new ImportError('foreign', '不是法审助手导出的审核记录文件（缺少 format: "fashen-review-log"）');
  if (head.data.schemaVersion > EXPORT_SCHEMA_VERSION)
    throw new ImportError('newer', `文件格式版本 ${head.data.schemaVersion} 高于本程序支持的版本 ${EXPORT_SCHEMA_VERSION}，请先升级法审助手`);
  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${issuePath(i.path)}：${i.message}`);
    throw new ImportError('invalid', `文件内容不符合格式要求，共 ${parsed.error.issues.length} 处：${issues.join('；')}`);
  }
  return parsed.data;
}

/** Every chain in the file verifies and every row matches the hash its log recorded. */
export async function verifyExportFile(file: ExportFile, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<void> {
  const nEvents = file.events.length;
  const total = nEvents + file.documents.length + file.versions.length + file.notes.length + file.decisions.length;
  const { reports, logged } = await checkChains({ events: file.events, malformed: new Map() }, file.source.chain, (d) => onProgress?.(d, total));
  const broken = reports.find((r) => !r.ok);
  if (broken) throw new ImportError('tampered', `文件中的审核日志校验失败（链 ${broken.chain.slice(0, 8)}… 第 ${broken.broken?.seq} 条：${broken.broken?.reason}），文件可能被篡改或已损坏`);
  const rows = await checkRows(
    [
      { t: 'documents', rows: file.documents },
      { t: 'versions', rows: file.versions },
      { t: 'notes', rows: file.notes },
      { t: 'decisions', rows: file.decisions },
    ],
    logged,
    (d) => onProgress?.(nEvents + d, total),
  );
  const bad = rows.rowIssues.find((i) => i.problem !== 'missing');
  if (bad) throw new ImportError('tampered', `文件中的记录与其日志哈希不符（${bad.t} ${bad.id}），文件可能被篡改`);
  await onProgress?.(total, total);
}

function newer(a: { updatedAt: number; rev: number }, b: { updatedAt: number; rev: number }): boolean {
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rev > b.rev);
}

export interface ImportOptions {
  clock: Clock;
  onProgress?: ImportProgress;
}

export async function importJson(db: ReviewDB, text: string, options: ImportOptions): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  await progress('parse', 0, 1);
  const sha256 = await sha256Hex(text);
  await progress('validate', 0, 1);
  const file = parseExport(text);
  await progress('verify', 0, 1);
  await verifyExportFile(file, (d, t) => progress('verify', d, t));

  await progress('merge', 0, 1);
  return commit(db, async () => {
    const local = await chainId(db);
    const added = zero();
    const updated = zero();
    const unchanged = zero();
    const rows: RowPut[] = [];

    const docIds = new Set(file.documents.map((d) => d.id));
    const missingDocs = [...new Set([...file.versions, ...file.notes, ...file.decisions].map((r) => r.documentId))].filter((id) => !docIds.has(id));
    const knownDocs = await db.documents.bulkGet(missingDocs);
    const dangling = missingDocs.find((_, i) => !knownDocs[i]);
    if (dangling) throw new ImportError('dangling', `文件中有记录指向不存在的文件（${dangling}）`);

    const mergeTable = async <T extends { id: string; updatedAt: number; rev: number }>(t: 'documents' | 'notes' | 'decisions', incoming: readonly T[], existing: readonly (T | undefined)[]) => {
      incoming.forEach((row, i) => {
        const cur = existing[i];
        if (!cur) {
          added[t]++;
          rows.push({ t, row });
        } else if (canonicalJson(cur) === canonicalJson(row)) unchanged[t]++;
        else if (newer(row, cur)) {
          updated[t]++;
          rows.push({ t, row });
        } else unchanged[t]++;
      });
    };
    await mergeTable('documents', file.documents, await db.documents.bulkGet(file.documents.map((d) => d.id)));
    await mergeTable('notes', file.notes, await db.notes.bulkGet(file.notes.map((d) => d.id)));
    await mergeTable('decisions', file.decisions, await db.decisions.bulkGet(file.decisions.map((d) => d.id)));

    const versions = await db.versions.bulkGet(file.versions.map((v) => v.id));
    file.versions.forEach((v, i) => {
      const cur = versions[i];
      if (!cur) {
        added.versions++;
        rows.push({ t: 'versions', row: v });
      } else if (canonicalJson(cur) === canonicalJson(v)) unchanged.versions++;
      else throw new ImportError('conflict', `版本 ${v.id} 与本机已有的同一版本内容不同，无法合并`);
    });

    const events = await db.events.bulkGet(file.events.map((e): [string, number] => [e.chain, e.seq]));
    const foreignEvents: EventRow[] = [];
    file.events.forEach((e, i) => {
      const cur = events[i];
      if (cur) {
        if (cur.hash !== e.hash) throw new ImportError('conflict', `文件中的日志与本机日志在同一位置不同（链 ${e.chain.slice(0, 8)}… 第 ${e.seq} 条），无法合并`);
        unchanged.events++;
      } else if (e.chain === local) {
        throw new ImportError('conflict', '文件含有本机日志中没有的本机记录，无法合并');
      } else {
        added.events++;
        foreignEvents.push(e);
      }
    });
    await progress('write', 0, 0);

    const actor = await currentAuthor({ db, clock: options.clock });
    const source = { chain: file.source.chain, exportedAt: file.exportedAt, profile: file.profile?.name ?? '', sha256 };
    const report: ImportReport = { added, updated, unchanged, source };
    return {
      type: 'import.merge',
      actor,
      at: options.clock(),
      data: { source, added, updated, unchanged },
      puts: [],
      unhashed: rows,
      foreignEvents,
      result: report,
    };
  });
}

export function addedTotal(r: ImportReport): number {
  return Object.values(r.added).reduce((a, b) => a + b, 0);
}
