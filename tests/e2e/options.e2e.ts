/**
 * The options page, rule packs and the law viewer in the built extension (Debian chromium): the rule library with
 * its article texts and search; a switch, a severity or a custom rule changes an open sidebar at once; packs are
 * refused with located errors or imported and exported; a finding's basis opens the law viewer at its article; the
 * statute texts stay out of the content script; English for an English browser. Screenshots for docs/guide.md go to
 * docs/img/.
 *
 * Builds its own copy of the extension (FASHEN_SITES='http://127.0.0.1/*') into .output/e2e-rules, so it never
 * clobbers a build someone else is testing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, defaultHeadless, launchWithExtension, type Launched } from './harness/launch';
import { startDemoServer, type DemoServer } from './harness/server';

const OUT_DIR = path.resolve('.output/e2e-rules');
const EXT = path.join(OUT_DIR, 'chrome-mv3');
const IMG = 'docs/img';
const CARD = 'fashen-sidebar [data-testid="finding"]';
const PENALTY = 'penalty-set-by-normative-document';

let server: DemoServer;
let browser: Launched;
let ext: string;

/** A production build (vitest sets NODE_ENV=test, which would give React's development JSX a production runtime). */
function buildForE2e(): void {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', FASHEN_SITES: 'http://127.0.0.1/*', FASHEN_OUT_DIR: OUT_DIR },
  });
}

beforeAll(async () => {
  mkdirSync(IMG, { recursive: true });
  if (!process.env.FASHEN_E2E_NO_BUILD || !existsSync(path.join(EXT, 'manifest.json'))) buildForE2e();
  server = await startDemoServer();
  browser = await launchWithExtension({ extensionPath: EXT });
  ext = `chrome-extension://${browser.extensionId}`;
  const [sw] = browser.context.serviceWorkers();
  for (let i = 0; ; i++) {
    const matches: unknown = await sw!.evaluate('chrome.scripting.getRegisteredContentScripts().then((s) => s.flatMap((x) => x.matches ?? []))');
    if (Array.isArray(matches) && matches.includes('http://127.0.0.1/*')) break;
    if (i > 150) throw new Error('the content script was never registered');
    await new Promise((r) => setTimeout(r, 100));
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const revision = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('fashen-sidebar')?.shadowRoot?.querySelector('[data-testid="fashen-sidebar"]')?.getAttribute('data-revision') ?? 0));

/** The demo page with its sidebar, once the review has settled (same revision for 1.5 s). */
async function demo(file = 'textarea.html'): Promise<Page> {
  const page = await browser.page();
  await page.goto(server.url + file);
  await page.waitForSelector('html[data-demo-ready="true"]');
  await page.locator('fashen-sidebar [data-testid="fashen-sidebar"]').waitFor();
  await settle(page);
  return page;
}

async function settle(page: Page) {
  let last = -1;
  let since = Date.now();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const rev = await revision(page);
    if (rev !== last) [last, since] = [rev, Date.now()];
    else if (rev > 0 && Date.now() - since > 1500) return;
    await page.waitForTimeout(100);
  }
}

const ruleIds = (page: Page) => page.locator(CARD).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.ruleId!));
const severityOf = (page: Page, ruleId: string) => page.locator(`${CARD}[data-rule-id="${ruleId}"]`).first().getAttribute('data-severity');

async function options(tab = ''): Promise<Page> {
  const page = await browser.page();
  await page.goto(`${ext}/options.html${tab ? `#${tab}` : ''}`);
  if (!tab || tab === 'rules') await page.getByTestId('rule').first().waitFor();
  return page;
}

const rule = (page: Page, id: string) => page.locator(`[data-testid="rule"][data-rule-id="${id}"]`);

describe('rule library', () => {
  it('lists every rule with its category, severity, legal basis and the article text, and searches partial Chinese words', async () => {
    const page = await options();
    const total = await page.getByTestId('rule').count();
    expect(total).toBeGreaterThan(50);
    const r = rule(page, 'license-added-condition');
    await r.getByTestId('rule-expand').click();
    await expect.poll(() => r.getByTestId('article-text').first().textContent()).toContain('不得增设行政许可');
    expect(await r.locator('.fo-bad mark').count()).toBeGreaterThan(0);
    await r.getByTestId('rule-detail').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${IMG}/options-rule.png` });
    await page.getByTestId('rule-search').fill('变相');
    await expect.poll(() => page.getByTestId('rule').count()).toBeLessThan(total);
    expect(await rule(page, 'license-disguised-as-precondition').count()).toBe(1);
    await page.getByTestId('rule-search').fill('行政处罚法');
    await expect.poll(() => rule(page, PENALTY).count()).toBe(1);
    await page.close();
  });

  it('changes an open sidebar at once: a rule off, a category off, a new severity — and back', async () => {
    const draft = await demo();
    expect(await ruleIds(draft)).toContain(PENALTY);
    expect(await severityOf(draft, PENALTY)).toBe('error');
    const opts = await options();

    await rule(opts, PENALTY).getByRole('switch').click();
    await draft.bringToFront();
    await expect.poll(() => ruleIds(draft), { timeout: 10_000 }).not.toContain(PENALTY);

    await opts.bringToFront();
    await rule(opts, PENALTY).getByRole('switch').click();
    await rule(opts, PENALTY).getByTestId('rule-severity').selectOption('info');
    await draft.bringToFront();
    await expect.poll(() => severityOf(draft, PENALTY), { timeout: 10_000 }).toBe('info');

    await opts.bringToFront();
    const fee = opts.locator('[data-testid="category"][data-category="unauthorized-fee"]');
    await fee.getByTestId('category-switch').click();
    await draft.bringToFront();
    await expect.poll(() => draft.locator(`${CARD}[data-category="unauthorized-fee"]`).count(), { timeout: 10_000 }).toBe(0);

    // restore the defaults; the sidebar follows again
    await opts.bringToFront();
    await fee.getByTestId('category-switch').click();
    await rule(opts, PENALTY).getByTestId('rule-severity').selectOption('');
    await draft.bringToFront();
    await expect.poll(() => severityOf(draft, PENALTY), { timeout: 10_000 }).toBe('error');
    expect(await draft.locator(`${CARD}[data-category="unauthorized-fee"]`).count()).toBeGreaterThan(0);
    await opts.close();
    await draft.close();
  });
});

const FORM = {
  title: '收取景区维护费',
  phrases: '景区维护费',
  message: '没有法律、行政法规依据收取景区维护费，属于违法收费。',
  suggestion: '删除该收费项目，或写明收费的法律、行政法规依据。',
  basis: '《价格法》第十八条',
  bad: '游客入园前须交[[景区维护费]]。\n经营者须缴纳[[景区维护费]]后方可入园经营。',
  good: '任何单位不得收取景区维护费。\n依照《价格法》第十八条的规定，收取景区维护费。',
};

describe('custom rules and packs', () => {
  it('tries a custom rule on its examples, saves it, and the open sidebar reports it', async () => {
    const draft = await demo();
    const page = await options('custom');
    await page.getByTestId('rule-form').waitFor();
    await page.getByTestId('field-category').selectOption('unauthorized-fee');
    for (const [k, v] of Object.entries(FORM)) await page.getByTestId(`field-${k}`).fill(v);
    await page.getByTestId('rule-test').click();
    await expect.poll(() => page.getByTestId('example-result').count()).toBe(4);
    expect(await page.locator('[data-testid="example-result"][data-ok="true"]').count()).toBe(4);
    await page.getByTestId('example-results').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${IMG}/custom-rule.png`, fullPage: true });
    await page.getByTestId('rule-save').click();
    await expect.poll(() => page.getByTestId('form-notice').textContent()).toBe('规则 custom-1 已保存并生效。');

    await draft.bringToFront();
    await draft.locator('#content').evaluate((el) => {
      const ta = el as HTMLTextAreaElement;
      ta.value += '\n第九十九条 游客入园前须交景区维护费。';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const card = draft.locator(`${CARD}[data-rule-id="custom-1"]`);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute('data-severity')).toBe('error');
    expect(await card.locator('blockquote').first().textContent()).toBe('景区维护费');
    await card.scrollIntoViewIfNeeded();
    await draft.screenshot({ path: `${IMG}/custom-finding.png` });
    await page.close();
    await draft.close();
  });

  it('refuses a bad pack with located Chinese errors and changes nothing; imports, switches and exports a sound one', async () => {
    const page = await options('packs');
    await page.getByTestId('packs').waitFor();
    const before = await page.getByTestId('pack').count();
    const bad: { format: string; version: number; name: string; rules: Record<string, unknown>[] } = {
      format: 'fashen-rule-pack',
      version: 1,
      name: '有问题的规则包',
      rules: [
        { ...packRule('scenic-parking-fee', '景区停车费'), match: { type: 'pattern', patterns: ['(?<m>(景区.*)*停车费)'], anchors: ['停车费'] } },
        { ...packRule('scenic-toilet-fee', '景区如厕费'), script: 'alert(1)' },
      ],
    };
    await page.getByTestId('pack-paste').fill(JSON.stringify(bad, null, 2));
    await page.getByTestId('pack-import').click();
    const issues = page.getByTestId('pack-issues');
    await issues.waitFor();
    expect(await issues.getByTestId('issue').allTextContents()).toEqual([
      '第 2 条规则（scenic-toilet-fee） · rules[1]：不认识的字段：script（规则包只能含规定的数据字段，不能含代码）',
    ]);
    // the schema passes once the code is gone; then the regex is measured and refused
    bad.rules[1] = packRule('scenic-toilet-fee', '景区如厕费');
    await page.getByTestId('pack-paste').fill(JSON.stringify(bad, null, 2));
    await page.getByTestId('pack-import').click();
    await expect.poll(() => issues.getByTestId('issue').allTextContents()).toEqual([
      '第 1 条规则（scenic-parking-fee） · rules[0].match.patterns[0]：正则表达式含嵌套的重复（例如 (a+)+），可能造成灾难性回溯，已拒绝',
    ]);
    expect(await page.getByTestId('pack').count()).toBe(before);
    await issues.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${IMG}/pack-error.png` });

    const good = { format: 'fashen-rule-pack', version: 1, name: '景区收费规则', author: '某市司法局', rules: [packRule('scenic-parking-fee', '景区停车费')] };
    await page.getByTestId('pack-paste').fill(JSON.stringify(good));
    await page.getByTestId('pack-import').click();
    await expect.poll(() => page.getByTestId('pack-result').textContent()).toBe('已导入规则包“景区收费规则”（1 条规则）。');
    const row = page.locator('[data-testid="pack"][data-pack-id="pack:景区收费规则"]');
    await row.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('pack-export').click()]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fashen-pack-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('景区收费规则.fashen-pack.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(good);
    await row.getByTestId('pack-switch').click();
    await expect.poll(() => row.getAttribute('data-enabled')).toBe('false');
    await page.screenshot({ path: `${IMG}/packs.png` });
    await page.close();
  });
});

function packRule(id: string, phrase: string) {
  return {
    id,
    category: 'unauthorized-fee',
    title: `收取${phrase}`,
    message: `没有法律、行政法规依据收取${phrase}，属于违法收费。`,
    basis: [{ law: '价格法', article: '第十八条' }],
    examples: { bad: [`游客入园前须交[[${phrase}]]。`, `车辆进入须缴纳[[${phrase}]]。`], good: [`不得收取${phrase}。`, `依照《价格法》第十八条的规定，收取${phrase}。`] },
    match: { type: 'phrase', phrases: [phrase] },
  };
}

describe('law viewer', () => {
  it("opens a finding's basis at its article from the sidebar", async () => {
    const draft = await demo();
    const card = draft.locator(`${CARD}[data-rule-id="${PENALTY}"]`).first();
    const link = card.locator('[data-action="open-law"]').first();
    expect(await link.getAttribute('aria-label')).toMatch(/^在法规库中查看《行政处罚法》第.+条（新标签页）$/);
    const [viewer] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await viewer.waitForURL(/laws\.html#/);
    expect(decodeURIComponent(viewer.url())).toMatch(/laws\.html#law=行政处罚法&article=第.+条$/);
    const target = viewer.locator('[data-testid="law-article"][aria-current="true"]');
    await target.waitFor();
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    await viewer.waitForTimeout(200);
    await viewer.screenshot({ path: `${IMG}/law-viewer.png` });
    await viewer.getByTestId('law-search').fill('不得设定行政许可');
    await viewer.getByTestId('law-search').press('Enter');
    await viewer.getByTestId('law-hit').first().waitFor();
    expect(await viewer.getByTestId('law-hit').first().locator('mark').first().textContent()).toBe('不得设定行政许可');
    await viewer.close();
    await draft.close();
  });

  it('keeps the statute texts out of the content script and the engine (built files)', () => {
    const statute = '其他规范性文件一律不得设定行政许可';
    const read = (f: string) => readFileSync(path.join(EXT, f), 'utf8');
    for (const f of ['content-scripts/content.js', 'engine.js', 'background.js']) expect(read(f).includes(statute), f).toBe(false);
    const chunks = readdirSync(path.join(EXT, 'chunks')).map((f) => read(`chunks/${f}`));
    expect(chunks.some((c) => c.includes(statute))).toBe(true);
  });
});

describe('English', () => {
  it('shows the options page, the law viewer and the extension name in English for an English browser', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fashen-en-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: defaultHeadless(),
      locale: 'en-US',
      env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--lang=en-US', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
    });
    try {
      let [sw] = context.serviceWorkers();
      sw ??= await context.waitForEvent('serviceworker');
      const id = new URL(sw.url()).host;
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/options.html`);
      await page.getByTestId('rule').first().waitFor();
      expect(await page.evaluate('chrome.i18n.getUILanguage()')).toMatch(/^en/);
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Rule library', 'Custom rules', 'Rule packs']);
      expect(await page.title()).toBe('Fashen settings');
      expect(await page.evaluate("chrome.i18n.getMessage('extName')")).toBe('Fashen legality review');
      await page.screenshot({ path: `${IMG}/options-en.png` });
      await page.goto(`chrome-extension://${id}/laws.html`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Law library');
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('screenshots for docs/guide.md', () => {
  it('enable a site from the popup', async () => {
    // the popup asks for the active tab; opened as a page of its own, it is told the demo tab on localhost is
    const draft = await browser.page();
    const url = server.url.replace('127.0.0.1', 'localhost') + 'textarea.html';
    await draft.goto(url);
    const [sw] = browser.context.serviceWorkers();
    // the demo tab is the active one (no tabs permission: its id, not its URL)
    await draft.bringToFront();
    const tab = (await sw!.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0])`)) as { id: number };
    const popup = await browser.page();
    await popup.addInitScript(`(() => {
      const tab = ${JSON.stringify({ id: tab.id, url })};
      const real = chrome.tabs.query.bind(chrome.tabs);
      chrome.tabs.query = (q) => (q && q.active ? Promise.resolve([tab]) : real(q));
    })()`);
    await popup.setViewportSize({ width: 320, height: 260 });
    await popup.goto(`${ext}/popup.html`);
    await popup.getByTestId('enable-site').waitFor();
    await popup.screenshot({ path: `${IMG}/popup-enable.png` });
    await popup.close();
    await draft.close();
  });

  it('read a finding, apply a fix, write a note', async () => {
    const draft = await demo();
    const card = draft.locator(`${CARD}[data-rule-id="${PENALTY}"]`).first();
    await card.getByRole('button', { name: '定位' }).click();
    await draft.waitForTimeout(300);
    await draft.screenshot({ path: `${IMG}/sidebar-finding.png` });

    await draft.locator('#content').click();
    await draft.keyboard.press('Control+End');
    await draft.keyboard.press('Enter');
    await draft.keyboard.type('关(guān)于(yú)预付卡的管理，适用本规定。');
    const residue = draft.locator(`${CARD}[data-rule-id="pinyin-annotation-residue"]`);
    await residue.waitFor({ timeout: 10_000 });
    await settle(draft);
    await residue.scrollIntoViewIfNeeded();
    await residue.locator('[data-action="apply"]').hover();
    await draft.screenshot({ path: `${IMG}/sidebar-apply.png` });

    await card.locator('[data-action="note"]').click();
    await card.locator('textarea').fill('请起草单位说明罚款的上位法依据；无依据的，删除本条罚则。');
    await card.scrollIntoViewIfNeeded();
    await draft.screenshot({ path: `${IMG}/sidebar-note.png` });
    await card.getByRole('button', { name: '保存备注' }).click();
    await card.getByTestId('note').waitFor();
    await draft.close();
  });
});
