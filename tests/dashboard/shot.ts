/**
 * Manual visual check (not part of the unit run): npx tsx tests/dashboard/shot.ts
 * Seeds a realistic review log through the real service (node + fake-indexeddb), exports it as JSON, builds the
 * extension first if needed (npx wxt build), opens chrome-extension://<id>/dashboard.html in headless chromium,
 * imports the file through the dashboard's own import button, verifies the log, and takes screenshots into
 * e2e-results/. Also writes e2e-results/opinion.docx (the 意见书 of the first document) for rendering.
 *
 * npx tsx tests/dashboard/shot.ts --big FILE   (FILE from: npx tsx bench/notes.bench.ts --dump FILE)
 * Imports that export (100,000 notes) through the dashboard in chromium — real IndexedDB — and times the import,
 * reopening the page, a full-text filter, the CSV and XLSX exports and the log verification; writes the figures
 * into docs/benchmarks-notes.md (the browser section) and a screenshot e2e-results/dashboard-100k.png.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openReviewDb } from '../../lib/db/open';
import { createReviewService } from '../../lib/db/service';
import { readSnapshot } from '../../lib/db/snapshot';
import { opinionToDocx } from '../../lib/export/docx';
import { serializeExport, toJsonExport } from '../../lib/export/json';
import { buildOpinion } from '../../lib/export/opinion';
import { DRAFT_V1, DRAFT_V2, span } from '../db/helpers';
import { findingAt } from '../export/seed';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(root, 'e2e-results');
const EXT = path.join(root, '.output/chrome-mv3');

const DRAFTS = [
  { title: '关于加强本市市场经营秩序管理的若干规定', docNumber: '某府办发〔2025〕3号', issuer: '某市人民政府办公室', text: DRAFT_V1, next: DRAFT_V2 },
  {
    title: '某区招商引资优惠政策实施办法',
    docNumber: '某区府发〔2025〕11号',
    issuer: '某区人民政府',
    text: '某区招商引资优惠政策实施办法\n第一条 为优化营商环境，制定本办法。\n第二条 对在本区注册并纳税满三年的企业，给予土地出让金全额返还。\n第三条 外地企业参与本区政府采购，须在本区设立分公司。\n第四条 本办法自印发之日起施行。\n',
  },
  {
    title: '某县农村集体经济组织财务管理办法',
    docNumber: '某县政办发〔2025〕7号',
    issuer: '某县人民政府办公室',
    text: '某县农村集体经济组织财务管理办法\n第一条 为加强农村集体经济组织财务管理，制定本办法。\n第二条 村集体经济组织应当每季度公开财务收支情况。\n第三条 拒不公开的，由乡镇人民政府处二千元罚款。\n第四条 本办法长期有效。\n',
  },
];
const REVIEWERS = [
  { name: '张三', department: '市司法局合法性审核处' },
  { name: '李四', department: '市司法局合法性审核处' },
  { name: '王五', department: '区司法局法制科' },
];

async function seed() {
  let t = Date.UTC(2025, 0, 6, 1, 0);
  const clock = () => (t += 37 * 60_000);
  const db = await openReviewDb(`shot-${Date.now()}`, clock);
  const s = createReviewService(db, { clock });
  for (let round = 0; round < 3; round++) {
    for (const [i, d] of DRAFTS.entries()) {
      const who = REVIEWERS[(i + round) % REVIEWERS.length]!;
      await s.setProfile(who);
      const r = await s.recognizeDocument({ url: `https://oa.example.gov.cn/drafts/edit?id=${i + 1}`, text: d.text, title: d.title, docNumber: d.docNumber, issuer: d.issuer });
      const ids = { documentId: r.document.id, versionId: r.version.id };
      const lines = d.text.split('\n').filter((l) => l.startsWith('第'));
      for (const [k, line] of lines.entries()) {
        const quote = line.slice(4, Math.min(line.length - 1, 22));
        if (!quote || (k + round) % 2) continue;
        const n = await s.addNote({ ...ids, span: span(d.text, quote), comment: ['该款缺少上位法依据，建议删除', '排斥外地经营者，违反公平竞争审查制度', '规范性文件不得设定罚款', '建议补充有效期'][(k + i) % 4]!, category: ['rights-reduction', 'local-protection', 'unauthorized-penalty', 'validity-period'][(k + i) % 4], severity: (['error', 'error', 'error', 'info'] as const)[(k + i) % 4] });
        if (k === 1) await s.replyToNote(n.id, '起草单位：已研究，拟修改');
        if (k === 2 && round === 0) await s.editNote(n.id, { suggestion: '改为“依照有关法律法规予以处罚”' });
      }
      const q = lines[1]!.slice(4, 16);
      const status = (['accepted', 'partial', 'rejected', 'false-positive'] as const)[(i + round) % 4];
      await s.decide({ ...ids, finding: findingAt(d.text, q, `f-${i}-${round}`), status, ...(status === 'rejected' || status === 'false-positive' ? { reason: '上位法已有明确规定，本条系复述' } : {}) });
      t += 3 * 86_400_000;
    }
  }
  await s.recognizeDocument({ url: 'https://oa.example.gov.cn/drafts/edit?id=1', text: DRAFT_V2, title: DRAFTS[0]!.title, docNumber: DRAFTS[0]!.docNumber });
  const snap = await readSnapshot(db);
  const doc = snap.documents.find((d) => d.title === DRAFTS[0]!.title)!;
  const version = snap.versions.find((v) => v.id === doc.latestVersionId)!;
  const opinion = buildOpinion(
    { document: doc, version, notes: snap.notes.filter((n) => n.documentId === doc.id), decisions: snap.decisions.filter((d) => d.documentId === doc.id), reviewer: REVIEWERS[0] },
    { clock: () => Date.UTC(2025, 2, 5, 2), opinionNumber: '某司审〔2025〕12号' },
  );
  writeFileSync(path.join(out, 'opinion.docx'), await opinionToDocx(opinion));
  return serializeExport(toJsonExport(snap, { clock: () => Date.UTC(2025, 2, 5, 2) }));
}

function launch() {
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'fashen-dash-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--lang=zh-CN'],
  });
}

async function extensionId(context: Awaited<ReturnType<typeof launch>>): Promise<string> {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(sw.url()).host;
}

async function big(file: string) {
  const context = await launch();
  const rows: [string, number][] = [];
  const timed = async (label: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    rows.push([label, ms]);
    console.log(`${label.padEnd(60)} ${ms.toFixed(0).padStart(7)} ms`);
  };
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html`);
    await page.getByText('还没有审核记录').waitFor({ timeout: 15_000 });
    await timed('import the 100k-note JSON export (through the dashboard)', async () => {
      await page.locator('[data-testid="import-file"]').setInputFiles(file);
      await page.getByText(/导入完成/).waitFor({ timeout: 600_000 });
    });
    await timed('reopen the dashboard until 100,000 records are listed', async () => {
      await page.reload();
      await page.getByText('显示 100,000 / 共 100,000 条').waitFor({ timeout: 300_000 });
    });
    const rendered = await page.locator('[data-testid="record-row"]').count();
    await page.locator('[data-testid="record-scroll"]').evaluate((el) => (el.scrollTop = 2_000_000));
    await page.waitForTimeout(300);
    const afterScroll = await page.locator('[data-testid="record-row"]').count();
    console.log(`rows in the DOM: ${rendered} at the top, ${afterScroll} after scrolling to row ~38,000`);
    await page.screenshot({ path: path.join(out, 'dashboard-100k.png') });
    await timed('full-text filter typed into the search box (until the count updates)', async () => {
      await page.getByTestId('filter-text').fill('外地企业 分支机构');
      await page.getByText(/^显示 [\d,]+ \/ 共 100,000 条$/).filter({ hasNotText: '显示 100,000' }).waitFor({ timeout: 60_000 });
    });
    await page.getByText('清除筛选').click();
    await page.getByText('显示 100,000 / 共 100,000 条').waitFor();
    for (const [label, button] of [
      ['CSV export of 100,000 records (click → file saved)', '导出 CSV'],
      ['XLSX export of 100,000 records (click → file saved)', '导出 Excel'],
    ] as const)
      await timed(label, async () => {
        const download = page.waitForEvent('download', { timeout: 300_000 });
        await page.getByRole('button', { name: button }).click();
        await (await download).path();
        await page.getByText(/^已生成/).waitFor({ timeout: 300_000 });
        await page.getByRole('button', { name: '关闭' }).first().click();
      });
    await timed('verify the log (100,500 events, 100,500 rows)', async () => {
      await page.getByRole('button', { name: '校验日志' }).click();
      await page.getByText(/校验通过/).waitFor({ timeout: 600_000 });
    });
    writeBrowserSection(rows, rendered, afterScroll);
  } finally {
    await context.close();
  }
}

function writeBrowserSection(rows: [string, number][], rendered: number, afterScroll: number) {
  const doc = path.join(root, 'docs/benchmarks-notes.md');
  const MARK = '<!-- browser figures -->';
  const old = readFileSync(doc, 'utf8');
  const head = old.includes(MARK) ? old.slice(0, old.indexOf(MARK)) : old;
  const cpus = os.cpus();
  const section = [
    MARK,
    '## In the browser (chromium, real IndexedDB)',
    '',
    'Measured by `npx tsx tests/dashboard/shot.ts --big FILE` with the file from `bench/notes.bench.ts --dump FILE`:',
    'headless Debian chromium with the built extension, the dashboard page driven by playwright-core; each figure is',
    'one run, wall clock from the click to the result on screen (or the file saved).',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}, shared with other jobs`,
    `- Virtualised list: ${rendered} row elements in the DOM at the top, ${afterScroll} after scrolling to row ~38,000`,
    '',
    '| operation | ms |',
    '| --- | ---: |',
    ...rows.map(([l, ms]) => `| ${l} | ${ms.toFixed(0)} |`),
    '',
  ];
  writeFileSync(doc, `${head.trimEnd()}\n\n${section.join('\n')}`);
  console.log(`updated ${doc}`);
}

async function main() {
  mkdirSync(out, { recursive: true });
  const bigFile = process.argv.includes('--big') ? process.argv[process.argv.indexOf('--big') + 1] : undefined;
  if (bigFile) return big(bigFile);
  const json = await seed();
  const file = path.join(out, 'seed-export.json');
  writeFileSync(file, json);
  const context = await launch();
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`chrome-extension://${id}/dashboard.html`);
    await page.getByText('还没有审核记录').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.getByText(/导入完成/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(out, 'dashboard-import.png') });
    await page.getByRole('button', { name: '校验日志' }).click();
    await page.getByText(/校验通过/).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="record-row"]').nth(2).click();
    await page.screenshot({ path: path.join(out, 'dashboard.png') });
    await page.getByRole('tab', { name: '统计图表' }).click();
    await page.screenshot({ path: path.join(out, 'dashboard-charts.png') });
    await page.getByRole('tab', { name: '文件与版本' }).click();
    await page.locator('[data-testid="document-row"] button[aria-expanded]').first().click();
    await page.screenshot({ path: path.join(out, 'dashboard-documents.png') });
    await page.getByRole('tab', { name: '操作日志' }).click();
    await page.screenshot({ path: path.join(out, 'dashboard-events.png') });
    console.log(`extension ${id}; page errors: ${errors.length ? errors.join(' | ') : 'none'}`);
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
