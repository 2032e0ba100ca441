/**
 * Review notes and decisions end to end, in the built extension (Debian chromium): the reviewer set in the options
 * page signs a note made on selected text in the sidebar; after a reload the note is found again (underlined, listed);
 * typing elsewhere keeps it anchored (re-anchored by the database in the next version); editing its quote away makes
 * it an orphan, listed with its quote; decisions on findings are recorded; the dashboard shows, filters and exports
 * them (CSV, XLSX, JSON, 审核意见书 .docx — captured as downloads and looked into); a FRESH profile imports the JSON
 * and shows the same records; the data survives a browser restart (same user-data-dir) and an extension update (a
 * bumped version copied over the same unpacked path, then the browser started again on the same profile).
 * Screenshots: e2e-results/notes-*.
 *
 * Builds its own copy of the extension (NODE_ENV=production, FASHEN_SITES='http://127.0.0.1/*') into
 * .output/e2e-notes and loads it from a temporary folder, so the update step can rewrite it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { chromium, type BrowserContext, type Download, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntry } from '../export/unzip';
import { CHROMIUM_PATH, defaultHeadless } from './harness/launch';
import { startDemoServer, type DemoServer } from './harness/server';

const OUT = path.resolve('e2e-results');
const BUILD_DIR = path.resolve('.output/e2e-notes');
const BUILD = path.join(BUILD_DIR, 'chrome-mv3');
const SIDEBAR = 'fashen-sidebar [data-testid="fashen-sidebar"]';
const CARD = 'fashen-sidebar [data-testid="finding"]';
const NOTE = 'fashen-sidebar [data-testid="note-item"]';

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const REVIEWER = { name: '张审核', department: '市司法局法规科' };
const QUOTE = '规范预付式消费经营行为';
const COMMENT = '目的条款宜写明所依据的上位法条文';
const EDITED = '目的条款应写明所依据的上位法条文';
const REPLY = '起草单位已补充依据';
const PENALTY = 'penalty-set-by-normative-document';
const FEE = 'fee-without-basis';

let server: DemoServer;
let work: string;
let ext: string;
let extId: string;
let profileA: string;
let a: Launched;
const files: Record<string, string> = {};

interface Launched {
  context: BrowserContext;
  sw: Worker;
  close(): Promise<void>;
}

/** Chromium with the extension at `ext`, on the profile in `dir` (kept on close: a restart reuses it). */
async function launch(dir: string): Promise<Launched> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: defaultHeadless(),
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-dev-shm-usage', '--lang=zh-CN',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await registered(sw);
  return { context, sw, close: () => context.close().catch(() => undefined) };
}

/** The background registers the content script for the preset site when it starts (or installs, or updates). */
async function registered(sw: Worker) {
  for (let i = 0; ; i++) {
    const matches: unknown = await sw.evaluate('chrome.scripting.getRegisteredContentScripts().then((s) => s.flatMap((x) => x.matches ?? []))');
    if (Array.isArray(matches) && matches.includes('http://127.0.0.1/*')) return;
    if (i > 150) throw new Error('the content script was never registered for http://127.0.0.1/*');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const revision = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('fashen-sidebar')?.shadowRoot?.querySelector('[data-testid="fashen-sidebar"]')?.getAttribute('data-revision') ?? 0));

/** The demo page with its sidebar, once the review has settled and the database has recognised the draft. */
async function demo(context: BrowserContext, file = 'textarea.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + file);
  await page.waitForSelector('html[data-demo-ready="true"]');
  await settle(page);
  return page;
}

async function settle(page: Page) {
  await page.locator(`${SIDEBAR}[data-recognized="true"]`).waitFor({ timeout: 20_000 });
  let last = -1;
  let since = Date.now();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const rev = await revision(page);
    if (rev !== last) [last, since] = [rev, Date.now()];
    else if (rev > 0 && Date.now() - since > 1200) return;
    await page.waitForTimeout(100);
  }
}

/** Ids and texts of the textarea mirror's marks (underlines of findings and notes). */
const marks = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('fashen-mirror')?.shadowRoot?.querySelectorAll<HTMLElement>('span[data-id]') ?? [])].map((s) => ({ id: s.dataset.id ?? '', text: s.textContent ?? '' })),
  );

/** Selects `text` in the draft textarea, as the reviewer would before clicking 批注选中文字. */
async function selectInDraft(page: Page, text: string) {
  await page.evaluate((q) => {
    const ta = document.querySelector<HTMLTextAreaElement>('textarea#content')!;
    const i = ta.value.indexOf(q);
    if (i < 0) throw new Error(`not in the draft: ${q}`);
    ta.focus();
    ta.setSelectionRange(i, i + q.length);
  }, text);
}

async function saveDownload(page: Page, click: () => Promise<void>, name: string): Promise<Buffer> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(OUT, name);
  await download.saveAs(file);
  files[name] = file;
  return readFileSync(file);
}

async function dashboard(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extId}/dashboard.html`);
  await page.getByTestId('shown-count').waitFor();
  return page;
}

const rows = (page: Page) => page.getByTestId('record-row').allTextContents();

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  if (!process.env.FASHEN_E2E_NO_BUILD || !existsSync(path.join(BUILD, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', FASHEN_SITES: 'http://127.0.0.1/*', FASHEN_OUT_DIR: BUILD_DIR },
    });
  }
  work = mkdtempSync(path.join(tmpdir(), 'fashen-notes-'));
  ext = path.join(work, 'extension');
  cpSync(BUILD, ext, { recursive: true });
  profileA = path.join(work, 'profile-a');
  server = await startDemoServer();
  a = await launch(profileA);
  extId = new URL(a.sw.url()).host;
}, 180_000);

afterAll(async () => {
  await a?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('notes and decisions', () => {
  it('signs with the reviewer set in the options page (and asks to keep the storage)', async () => {
    const page = await a.context.newPage();
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.getByTestId('profile-name').fill(REVIEWER.name);
    await page.getByTestId('profile-department').fill(REVIEWER.department);
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('审核人信息已保存。');
    // the options page asked for persistent storage on first use; what the browser granted is recorded
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    writeFileSync(path.join(OUT, 'notes-storage.json'), `${JSON.stringify({ persisted }, null, 2)}\n`);
    await page.getByTestId('profile').screenshot({ path: path.join(OUT, 'notes-0-profile.png') });
    await page.reload();
    await expect.poll(() => page.getByTestId('profile-name').inputValue()).toBe(REVIEWER.name);
    await page.close();
  });

  it('adds a note on selected text; after a reload it is underlined and listed again', async () => {
    const page = await demo(a.context);
    await selectInDraft(page, QUOTE);
    await page.locator('fashen-sidebar [data-testid="note-selection"]').click();
    const form = page.locator('fashen-sidebar [data-testid="selection-note-form"]');
    expect(await form.locator('blockquote').textContent()).toBe(QUOTE);
    await form.locator('textarea').fill(COMMENT);
    await form.getByRole('button', { name: '保存批注' }).click();
    const item = page.locator(NOTE).first();
    await item.waitFor();
    const noteId = (await item.getAttribute('data-note-id'))!;
    expect(await item.getAttribute('data-place')).toBe('anchored');
    expect(await item.textContent()).toContain(`${REVIEWER.name} · ${REVIEWER.department}`);
    await expect.poll(() => marks(page)).toContainEqual({ id: `note:${noteId}`, text: QUOTE });
    await page.screenshot({ path: path.join(OUT, 'notes-1-added.png') });

    await page.reload();
    await page.waitForSelector('html[data-demo-ready="true"]');
    await settle(page);
    await expect.poll(() => page.locator(NOTE).count()).toBe(1);
    expect(await page.locator(NOTE).getAttribute('data-note-id')).toBe(noteId);
    expect(await page.locator(`${NOTE} [data-testid="note-comment"]`).textContent()).toBe(COMMENT);
    await expect.poll(() => marks(page)).toContainEqual({ id: `note:${noteId}`, text: QUOTE });
    // edit it and reply to it (the database keeps the earlier text)
    await page.locator(NOTE).getByRole('button', { name: '编辑' }).click();
    await page.locator(`${NOTE} [data-testid="note-edit-form"] textarea`).fill(EDITED);
    await page.locator(`${NOTE} [data-testid="note-edit-form"]`).getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => page.locator(`${NOTE} [data-testid="note-comment"]`).textContent()).toBe(EDITED);
    await page.locator(NOTE).getByRole('button', { name: '回复' }).click();
    await page.locator(`${NOTE} [data-testid="note-reply-form"] textarea`).fill(REPLY);
    await page.locator(`${NOTE} [data-testid="note-reply-form"]`).getByRole('button', { name: '发送回复' }).click();
    await expect.poll(() => page.locator(`${NOTE} [data-testid="note-reply"]`).textContent()).toContain(REPLY);
    await page.screenshot({ path: path.join(OUT, 'notes-2-reloaded.png') });
    await page.close();
  });

  it('keeps the note anchored through an edit elsewhere, makes it an orphan when its quote goes, and records decisions', async () => {
    const page = await demo(a.context);
    const noteId = (await page.locator(NOTE).getAttribute('data-note-id'))!;
    // type a heading before the note: the underline moves with its text
    await page.evaluate(() => {
      const ta = document.querySelector<HTMLTextAreaElement>('textarea#content')!;
      ta.focus();
      ta.setSelectionRange(0, 0);
    });
    await page.keyboard.type('【修改稿】');
    await expect.poll(() => marks(page)).toContainEqual({ id: `note:${noteId}`, text: QUOTE });
    // a decision is a write: the draft is recognised first (a new version), the note re-anchored in it
    const penalty = page.locator(`${CARD}[data-rule-id="${PENALTY}"]`).first();
    const penaltyId = (await penalty.getAttribute('data-finding-id'))!;
    await penalty.getByRole('button', { name: '采纳', exact: true }).click();
    await expect.poll(() => page.locator(`${CARD}[data-finding-id="${penaltyId}"] [data-testid="decision"]`).textContent()).toBe('审核决定：采纳');
    expect(await page.locator(NOTE).getAttribute('data-place')).toBe('anchored');

    // edit the quoted text away: the note is listed under 无法定位的批注 with its quote, its underline gone
    await selectInDraft(page, QUOTE);
    await page.keyboard.type('规范经营');
    const orphans = page.locator('fashen-sidebar [data-testid="orphans"]');
    await orphans.waitFor({ timeout: 10_000 });
    expect(await orphans.locator('[data-testid="note-quote"]').textContent()).toBe(QUOTE);
    expect(await orphans.textContent()).toContain('无法定位的批注');
    await expect.poll(async () => (await marks(page)).some((m) => m.id === `note:${noteId}`)).toBe(false);
    // 误报 with a reason on another finding (the next write: the database now has the note as an orphan too)
    const fee = page.locator(`${CARD}[data-rule-id="${FEE}"]`).first();
    const feeId = (await fee.getAttribute('data-finding-id'))!;
    await fee.getByRole('button', { name: '忽略' }).click();
    await fee.getByTestId('ignore-reason').selectOption('误报');
    await fee.getByTestId('ignore-detail').fill('保证金由行业协会自律收取');
    expect(await fee.getByTestId('ignore-status').textContent()).toBe('将记为“误报”');
    await fee.getByRole('button', { name: '确认忽略' }).click();
    await expect.poll(() => page.locator(`${CARD}[data-finding-id="${feeId}"]`).count()).toBe(0);
    await page.locator('fashen-sidebar [data-testid="ignored-list"] button').first().click();
    expect(await page.locator('fashen-sidebar [data-testid="ignored"]').textContent()).toContain('误报：保证金由行业协会自律收取');
    await orphans.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'notes-3-orphan.png') });
    // the notes panel with an orphan, a reply and the note form open passes axe (serious and critical)
    await selectInDraft(page, '保护消费者合法权益');
    await page.locator('fashen-sidebar [data-testid="note-selection"]').click();
    await page.locator(`${NOTE}`).getByRole('button', { name: '回复' }).click();
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } };
      const r = await w.axe.run({ include: { fromShadowDom: ['fashen-sidebar', '[data-testid="notes"]'] } }, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }));
    });
    expect(violations).toEqual([]);
    await page.close();

    // a reload brings back the portal's original text: the ignored finding stays hidden, the 采纳 stays recorded
    const again = await demo(a.context);
    expect(await again.locator(`${CARD}[data-finding-id="${feeId}"]`).count()).toBe(0);
    expect(await again.locator(`${CARD}[data-finding-id="${penaltyId}"] [data-testid="decision"]`).textContent()).toBe('审核决定：采纳');
    await again.close();
  });

  it('shows, filters and exports the records in the dashboard (CSV, XLSX, JSON, 审核意见书)', async () => {
    const page = await dashboard(a.context);
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(4);
    const all = (await rows(page)).join('\n');
    for (const s of [EDITED, REPLY, '采纳', '误报', REVIEWER.name]) expect(all).toContain(s);
    const shown = () => page.getByTestId('shown-count').textContent();
    await page.getByTestId('filter-status').selectOption('accepted');
    await expect.poll(shown).toBe('显示 1 / 共 4 条');
    await page.getByTestId('filter-status').selectOption('');
    await page.getByTestId('filter-anchor').selectOption('orphan');
    await expect.poll(shown).toBe('显示 1 / 共 4 条');
    expect((await rows(page)).join('')).toContain(EDITED);
    await page.getByTestId('filter-anchor').selectOption('');
    await page.getByTestId('filter-text').fill('行业协会');
    await expect.poll(shown).toBe('显示 1 / 共 4 条');
    await page.getByTestId('filter-text').fill('');
    await expect.poll(shown).toBe('显示 4 / 共 4 条');
    await page.screenshot({ path: path.join(OUT, 'notes-4-dashboard.png') });

    const csv = await saveDownload(page, () => page.getByRole('button', { name: '导出 CSV' }).click(), 'notes-export.csv');
    const table = Papa.parse<string[]>(csv.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(table.length).toBe(5); // header + 4 records
    const body = table.slice(1).map((r) => r.join('|')).join('\n');
    for (const s of [EDITED, REPLY, QUOTE, '保证金由行业协会自律收取', REVIEWER.name, REVIEWER.department]) expect(body).toContain(s);

    const xlsx = await saveDownload(page, () => page.getByRole('button', { name: '导出 Excel' }).click(), 'notes-export.xlsx');
    const sheet = (readZipEntry(xlsx, 'xl/sharedStrings.xml') ?? '') + (readZipEntry(xlsx, 'xl/worksheets/sheet1.xml') ?? '');
    expect(sheet).toContain(EDITED);

    const json = await saveDownload(page, () => page.getByRole('button', { name: '导出 JSON（完整备份）' }).click(), 'notes-export.json');
    const backup = JSON.parse(json.toString('utf8')) as { notes: { comment: string; anchor?: { status: string } }[]; decisions: { status: string; reason?: string }[]; events: unknown[] };
    expect(backup.notes.map((n) => n.comment).sort()).toEqual([EDITED, REPLY].sort());
    expect(backup.notes.find((n) => n.comment === EDITED)?.anchor?.status).toBe('orphan');
    expect(backup.decisions.map((d) => d.status).sort()).toEqual(['accepted', 'false-positive']);
    expect(backup.events.length).toBeGreaterThan(5);

    await page.getByTestId('filter-document').selectOption({ index: 1 });
    const docx = await saveDownload(page, () => page.getByRole('button', { name: '生成审核意见书' }).click(), 'notes-opinion.docx');
    const word = readZipEntry(docx, 'word/document.xml') ?? '';
    expect(word).toContain('保证金由行业协会自律收取');
    expect(word).toContain(REVIEWER.name);
    await page.close();
  });

  it('imports the JSON backup into a fresh profile and shows the same records', async () => {
    const b = await launch(path.join(work, 'profile-b'));
    try {
      expect(new URL(b.sw.url()).host).toBe(extId);
      const page = await dashboard(b.context);
      expect(await page.getByTestId('record-row').count()).toBe(0);
      await page.getByTestId('import-file').setInputFiles(files['notes-export.json']!);
      await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 20_000 }).toContain('导入完成');
      await expect.poll(() => page.getByTestId('record-row').count()).toBe(4);
      const all = (await rows(page)).join('\n');
      for (const s of [EDITED, REPLY, '采纳', '误报', REVIEWER.name]) expect(all).toContain(s);
      await page.screenshot({ path: path.join(OUT, 'notes-5-imported.png') });
      // the imported note is in this profile's sidebar too, on the same draft
      const demoPage = await demo(b.context);
      await expect.poll(() => demoPage.locator(`${NOTE} [data-testid="note-comment"]`).textContent()).toBe(EDITED);
    } finally {
      await b.close();
    }
  });

  it('keeps everything through a browser restart (same profile)', async () => {
    await a.close();
    a = await launch(profileA);
    const page = await dashboard(a.context);
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(4);
    await page.getByRole('button', { name: '校验日志' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('校验通过');
    await page.screenshot({ path: path.join(OUT, 'notes-6-restarted.png') });
    const demoPage = await demo(a.context);
    expect(await demoPage.locator(`${NOTE} [data-testid="note-comment"]`).textContent()).toBe(EDITED);
    await demoPage.close();
    await page.close();
  });

  it('keeps everything through an extension update (a bumped version over the same unpacked path)', async () => {
    // chrome.runtime.reload() unloads an extension loaded with --load-extension in this chromium (it never comes
    // back), so the update is installed the way an unpacked update reaches a user: new files, then a browser start
    await a.close();
    const manifestPath = path.join(ext, 'manifest.json');
    cpSync(BUILD, ext, { recursive: true });
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const bumped = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: bumped }, null, 2));
    a = await launch(profileA);
    expect(new URL(a.sw.url()).host).toBe(extId);
    expect(await a.sw.evaluate('chrome.runtime.getManifest().version')).toBe(bumped);
    const page = await dashboard(a.context);
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(4);
    await page.getByRole('button', { name: '校验日志' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('校验通过');
    const demoPage = await demo(a.context);
    expect(await demoPage.locator(`${NOTE} [data-testid="note-comment"]`).textContent()).toBe(EDITED);
    await demoPage.screenshot({ path: path.join(OUT, 'notes-7-updated.png') });
    await demoPage.close();
    await page.close();
  });
});
