/**
 * npx tsx bench/notes.bench.ts [--notes 100000] [--no-write] [--dump FILE]
 *
 * The review log at supervisor scale, on node + fake-indexeddb (an in-memory IndexedDB written in JS: slower than
 * a browser's, so the database figures are upper bounds). A generated, hash-chained JSON export with N notes on
 * 500 documents is imported into a fresh database (parse, zod, chain and row verification, merge, one
 * transaction); then the dashboard's work is timed — reading the log and flattening it into records, and filtering
 * those records as the filter bar does — and the CSV, XLSX and JSON exports and the log verification.
 * Prints medians and writes docs/benchmarks-notes.md.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe } from '../lib/anchor';
import { openReviewDb } from '../lib/db/open';
import { GENESIS_HASH, rowHash } from '../lib/db/hash';
import { eventHash } from '../lib/db/log';
import { filterRecords } from '../lib/db/filter';
import { buildRecords } from '../lib/db/records';
import type { DocumentRow, EventRow, NoteRow, RowRef, VersionRow } from '../lib/db/schema';
import { readLog, readSnapshot } from '../lib/db/snapshot';
import { verifyLog } from '../lib/db/verify';
import { recordsToCsv } from '../lib/export/csv';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, serializeExport, toJsonExport, type ExportFile } from '../lib/export/json';
import { recordsToXlsx, STREAM_THRESHOLD } from '../lib/export/xlsx';
import { existsSync, readFileSync } from 'node:fs';
import { importJson } from '../lib/import/json';
import { CATEGORIES } from '../lib/engine/taxonomy';

const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--notes') + 1]) || 100_000;
const WRITE = !args.includes('--no-write');
/** --dump FILE: write the generated export (for importing it in a real browser) and stop. */
const DUMP = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const DOCS = 500;
const T0 = Date.UTC(2024, 8, 2);
const clock = () => Date.UTC(2025, 2, 5, 1, 30);

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLAUSES = [
  '申请人办理经营许可的，须经主管部门审查同意后方可向市场监管部门提出申请。',
  '本市行政区域内从事经营活动的外地企业，应当在本市设立分支机构。',
  '违反本办法规定的，由主管部门处五千元以上一万元以下罚款。',
  '参与政府采购的供应商应当具有本市纳税记录。',
  '对列入失信名单的企业，其法定代表人子女不得报考本市公务员。',
  '本办法自发布之日起施行，有效期十年。',
  '行业协会应当组织会员单位统一购买指定保险产品。',
  '建设单位应当委托名录内的中介机构出具评估报告。',
];
const REVIEWERS = ['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十', '郑一', '冯二'];
const DEPTS = ['法制科', '合法性审核处', '规范性文件备案审查处', '市场监管局法规科', '住建局法规科'];

async function generate(n: number): Promise<ExportFile> {
  const rand = rng(42);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const chain = 'bench-source-chain';
  const documents: DocumentRow[] = [];
  const versions: VersionRow[] = [];
  const notes: NoteRow[] = [];
  const writes: { at: number; type: EventRow['type']; documentId: string; entityId: string; rows: { t: RowRef['t']; row: { id: string } }[]; actor: { name: string; department: string } }[] = [];
  for (let d = 0; d < DOCS; d++) {
    const text = `关于加强某领域管理的若干规定（第${d}号草案）\n` + Array.from({ length: 30 }, (_, i) => `第${i + 1}条 ${pick(CLAUSES)}`).join('\n');
    const id = `doc-${d}`;
    const at = T0 + d * 3_600_000;
    const author = { name: pick(REVIEWERS), department: pick(DEPTS) };
    const version: VersionRow = { id: `ver-${d}`, documentId: id, n: 1, text, textHash: `h${d}`, fingerprint: [d], url: `https://oa.example.gov.cn/drafts/${d}`, title: `若干规定第${d}号`, createdAt: at, author, matchedBy: 'new' };
    const doc: DocumentRow = { id, rev: 0, url: version.url, title: version.title, docNumber: `某府办发〔2025〕${d + 1}号`, createdAt: at, updatedAt: at, latestVersionId: version.id, versionCount: 1, fingerprint: [d] };
    documents.push(doc);
    versions.push(version);
    writes.push({ at, type: 'document.create', documentId: id, entityId: version.id, rows: [{ t: 'documents', row: doc }, { t: 'versions', row: version }], actor: author });
  }
  for (let i = 0; i < n; i++) {
    const v = versions[i % DOCS]!;
    const start = Math.floor(rand() * (v.text.length - 40));
    const target = describe(v.text, start, start + 8 + Math.floor(rand() * 24));
    const at = T0 + DOCS * 3_600_000 + Math.floor((i / n) * 180 * 86_400_000);
    const author = { name: pick(REVIEWERS), department: pick(DEPTS) };
    const cat = pick(CATEGORIES);
    const note: NoteRow = {
      id: `note-${i}`,
      rev: 0,
      documentId: v.documentId,
      versionId: v.id,
      comment: `第${i}条意见：${cat.definition.slice(0, 40)}`,
      category: cat.id,
      severity: cat.defaultSeverity,
      ...(i % 3 === 0 ? { suggestion: '建议删除或改为援引上位法的表述' } : {}),
      target,
      anchor: { versionId: v.id, status: 'anchored', selector: target, method: 'created', score: 1 },
      author,
      createdAt: at,
      updatedAt: at,
      history: [],
    };
    notes.push(note);
    writes.push({ at, type: 'note.add', documentId: v.documentId, entityId: note.id, rows: [{ t: 'notes', row: note }], actor: author });
  }
  // row hashes in parallel, then the chain in order
  const refs = await Promise.all(writes.map(async (w) => Promise.all(w.rows.map(async (r) => ({ t: r.t, id: r.row.id, h: await rowHash(r.row) })))));
  const events: EventRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i]!;
    const draft = { chain, seq: i + 1, id: `ev-${i}`, at: w.at, type: w.type, actor: w.actor, documentId: w.documentId, entityId: w.entityId, data: {}, rows: refs[i]!, prevHash: prev };
    const hash = await eventHash(draft);
    events.push({ ...draft, hash });
    prev = hash;
  }
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date(clock()).toISOString(),
    source: { app: 'fashen', chain, dbVersion: 2 },
    profile: { name: '基准', department: '测试' },
    documents,
    versions,
    notes,
    decisions: [],
    events,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time<T>(label: string, runs: number, fn: () => Promise<T> | T): Promise<{ label: string; runs: number; median: number; min: number; result: T }> {
  const ms: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    ms.push(performance.now() - t);
  }
  const r = { label, runs, median: median(ms), min: Math.min(...ms), result };
  console.log(`${label.padEnd(58)} median ${r.median.toFixed(0).padStart(7)} ms   min ${r.min.toFixed(0).padStart(7)} ms   (${runs} runs)`);
  return r;
}

async function main() {
  const rows: { label: string; runs: number; median: number; min: number }[] = [];
  const keep = <T extends { label: string; runs: number; median: number; min: number }>(r: T) => (rows.push(r), r);

  console.log(`generating ${N.toLocaleString('en')} notes on ${DOCS} documents, hash-chained…`);
  const t0 = performance.now();
  const file = await generate(N);
  const text = serializeExport(file);
  console.log(`  ${(performance.now() - t0).toFixed(0)} ms; export file ${(text.length / 1e6).toFixed(1)} M characters, ${file.events.length.toLocaleString('en')} events\n`);
  if (DUMP) {
    writeFileSync(DUMP, text);
    console.log(`wrote ${DUMP}`);
    return;
  }

  let db = await openReviewDb(`bench-${Date.now()}`, clock);
  const imp = keep(
    await time(`JSON import of ${N / 1000}k notes (validate, verify, merge, write)`, 3, async () => {
      db.close();
      db = await openReviewDb(`bench-${Date.now()}-${Math.random()}`, clock);
      return importJson(db, text, { clock });
    }),
  );
  if (imp.result.added.notes !== N) throw new Error(`imported ${imp.result.added.notes} notes`);

  const load = keep(await time('dashboard: read log + build records', 5, async () => buildRecords(await readLog(db))));
  const records = load.result;
  const filters = [
    ['no filter', {}],
    ['status + category', { status: 'note' as const, category: 'local-protection' }],
    ['reviewer + department + date range', { reviewer: '张三', department: '法制科', from: T0 + 60 * 86_400_000, to: T0 + 120 * 86_400_000 }],
    ['full text, two terms', { text: '外地企业 分支机构' }],
    ['full text, no hit', { text: '不存在的词语组合' }],
  ] as const;
  for (const [name, f] of filters) keep(await time(`dashboard filter over ${records.length / 1000}k records: ${name}`, 9, () => filterRecords(records, f).length));

  keep(await time(`CSV export of ${records.length / 1000}k records (papaparse, BOM)`, 5, () => recordsToCsv(records).length));
  keep(await time(`XLSX export of ${records.length / 1000}k records (streamed writer, the default above 20k)`, 3, async () => (await recordsToXlsx(records, { clock })).byteLength));
  const slice = records.slice(0, STREAM_THRESHOLD);
  keep(await time(`XLSX export of ${slice.length / 1000}k records (exceljs, node build)`, 3, async () => (await recordsToXlsx(slice, { clock, streamThreshold: Infinity })).byteLength));
  keep(await time(`JSON export (read all + zod + serialise)`, 3, async () => serializeExport(toJsonExport(await readSnapshot(db), { clock })).length));
  const verify = keep(await time('verify log (chains + every row hash)', 3, () => verifyLog(db)));
  if (!verify.result.ok) throw new Error('verification failed');

  if (WRITE) writeReport(rows, text.length);
}

function writeReport(rows: { label: string; runs: number; median: number; min: number }[], fileChars: number) {
  const cpus = os.cpus();
  const lines = [
    '# Benchmarks: review log (notes, exports, import)',
    '',
    'Generated by `npx tsx bench/notes.bench.ts` (issue 4). Node + fake-indexeddb: IndexedDB is emulated in JavaScript,',
    "so the database rows (import, read, JSON export, verify) are slower than in a browser's native IndexedDB; the",
    'serialisers and filters run the same code as the dashboard. Tests never assert times (house rule 11).',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} logical CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; ${N.toLocaleString('en')} notes on ${DOCS} documents (one version each, 30 articles), export file ${(fileChars / 1e6).toFixed(1)} M characters`,
    '- Note: this machine was shared with other parallel jobs while measuring; medians are the figure to read.',
    '',
    '| operation | runs | median ms | min ms |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.label} | ${r.runs} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} |`),
    '',
    'Targets: CSV and XLSX export of 100,000 notes under 5 s. exceljs (kept for exports up to 20,000 records) needed',
    '24–32 s for 100,000 records × 22 columns here (its in-memory cell model and one-string parts; its browser bundle',
    'is ES5 and no faster), so larger XLSX exports use the streamed writer (lib/export/xlsx-stream.ts: SpreadsheetML',
    'with inline strings, native deflate via CompressionStream). Both outputs are read back with exceljs in the tests.',
    '',
  ];
  const path = fileURLToPath(new URL('../docs/benchmarks-notes.md', import.meta.url));
  // figures measured in chromium by tests/dashboard/shot.ts --big are kept between runs
  const MARK = '<!-- browser figures -->';
  if (existsSync(path)) {
    const old = readFileSync(path, 'utf8');
    if (old.includes(MARK)) lines.push(old.slice(old.indexOf(MARK)));
  }
  writeFileSync(path, lines.join('\n'));
  console.log(`\nwrote ${path}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
