import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
const EXT = path.resolve('.output/chrome-mv3');
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'fd-')), { executablePath: '/usr/bin/chromium', headless: true, locale: 'zh-CN', args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--lang=zh-CN'] });
let [sw] = context.serviceWorkers(); sw ??= await context.waitForEvent('serviceworker');
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(sw.url()).host}/dashboard.html`);
await page.getByText('还没有审核记录').waitFor();
const t0 = performance.now();
await page.locator('[data-testid="import-file"]').setInputFiles(process.argv[2]!);
let last = '';
for (;;) {
  const txt = await page.locator('[data-testid="progress"] span').first().textContent({ timeout: 100 }).catch(() => null);
  const done = await page.getByText(/导入完成|导入失败/).count();
  if (txt && txt !== last) { console.log(((performance.now() - t0) / 1000).toFixed(1), txt); last = txt; }
  if (done) { console.log(((performance.now() - t0) / 1000).toFixed(1), 'done', await page.getByText(/导入完成|导入失败/).textContent()); break; }
  await page.waitForTimeout(50);
}
await context.close();
