/**
 * Accessibility of the extension's pages with axe-core (node_modules/axe-core/axe.min.js, injected into the page):
 * the options page (each tab, a rule opened, a refused pack), the popup, the law viewer (a law at an article, search
 * results) and the demo portal with the sidebar (in its open shadow root). Serious or critical violations fail;
 * every control is reached from the keyboard.
 *
 * Builds its own copy of the extension into .output/e2e-rules (as tests/e2e/options.e2e.ts does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness/launch';
import { startDemoServer, type DemoServer } from './harness/server';

const OUT_DIR = path.resolve('.output/e2e-rules');
const EXT = path.join(OUT_DIR, 'chrome-mv3');
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

let server: DemoServer;
let browser: Launched;
let ext: string;

beforeAll(async () => {
  if (!process.env.FASHEN_E2E_NO_BUILD || !existsSync(path.join(EXT, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', FASHEN_SITES: 'http://127.0.0.1/*', FASHEN_OUT_DIR: OUT_DIR },
    });
  }
  server = await startDemoServer();
  browser = await launchWithExtension({ extensionPath: EXT });
  ext = `chrome-extension://${browser.extensionId}`;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe in the page (evaluated through the debugger protocol, so extension pages' CSP does not block it). */
async function axe(page: Page, context?: unknown): Promise<{ violations: Violation[]; passes: number }> {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const w = window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[]; passes: unknown[] }> } };
    const r = await w.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    const violations = r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    return { violations, passes: r.passes.length };
  }, context ?? null);
}

const serious = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
const report = (vs: Violation[]) => JSON.stringify(serious(vs), null, 1);

async function expectClean(page: Page, what: string, context?: unknown) {
  const { violations, passes } = await axe(page, context);
  expect(serious(violations), `${what}: ${report(violations)}`).toEqual([]);
  expect(passes, `${what}: axe checked something`).toBeGreaterThan(5);
}

describe('axe-core', () => {
  it('options page: rule library with a rule opened, custom-rule form with errors, packs with a refused pack', async () => {
    const page = await browser.page();
    await page.goto(`${ext}/options.html`);
    await page.getByTestId('rule').first().waitFor();
    await page.locator('[data-rule-id="license-added-condition"]').getByTestId('rule-expand').click();
    await expectClean(page, 'rule library');

    await page.getByTestId('tab-custom').click();
    await page.getByTestId('rule-save').click();
    await page.getByTestId('form-issues').waitFor();
    await expectClean(page, 'custom rule form');

    await page.getByTestId('tab-packs').click();
    await page.getByTestId('pack-paste').fill('{"format": "fashen-rule-pack", "version": 1, "name": "x", "rules": [], "extra": 1}');
    await page.getByTestId('pack-import').click();
    await page.getByTestId('pack-issues').waitFor();
    await expectClean(page, 'rule packs');
    await page.close();
  });

  it('popup page', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 320, height: 400 });
    await page.goto(`${ext}/popup.html`);
    await page.getByTestId('popup').waitFor();
    await expectClean(page, 'popup');
    await page.close();
  });

  it('law viewer: a law at an article, and search results', async () => {
    const page = await browser.page();
    await page.goto(`${ext}/laws.html#law=${encodeURIComponent('行政许可法')}&article=${encodeURIComponent('第十七条')}`);
    await page.getByTestId('law-view').waitFor();
    await expectClean(page, 'law view');
    await page.getByTestId('law-search').fill('备案');
    await page.getByTestId('law-search').press('Enter');
    await page.getByTestId('law-hit').first().waitFor();
    await expectClean(page, 'law search');
    await page.close();
  });

  it('demo portal with the sidebar (inside its shadow root)', async () => {
    const page = await browser.page();
    await page.goto(`${server.url}textarea.html`);
    await page.waitForSelector('html[data-demo-ready="true"]');
    const panel = page.locator('fashen-sidebar [data-testid="fashen-sidebar"][data-open="true"]');
    await panel.waitFor();
    await page.locator('fashen-sidebar [data-testid="finding"]').first().waitFor();
    // open the ignore form of the first card, so its form controls are checked too
    await page.locator('fashen-sidebar [data-testid="finding"] [data-action="ignore"]').first().click();
    await expectClean(page, 'sidebar', { include: { fromShadowDom: ['fashen-sidebar', '[data-testid="fashen-sidebar"]'] } });
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches the options page controls with Tab and works the tabs, switches and disclosure with keys', async () => {
    const page = await browser.page();
    await page.goto(`${ext}/options.html`);
    await page.getByTestId('rule').first().waitFor();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(), testid: el?.dataset.testid, outline: el ? getComputedStyle(el).outlineStyle : '' };
    });
    // Tab from the top: the header links, then the tab list (one stop), the panel, the search box…
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      seen.push(`${f.role}:${f.testid ?? ''}`);
      if (f.role === 'tab') expect(f.outline).not.toBe('none'); // focus is visible
    }
    expect(seen).toContain('tab:tab-rules');
    expect(seen).toContain('input:rule-search');
    expect(seen.filter((s) => s.startsWith('tab:'))).toHaveLength(1);
    // arrow keys move along the tabs
    await page.getByTestId('tab-rules').focus();
    await page.keyboard.press('ArrowRight');
    expect((await focused()).testid).toBe('tab-custom');
    expect(await page.getByTestId('tab-custom').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    // a rule's switch toggles with Space, its details open with Enter
    const row = page.locator('[data-testid="rule"]').first();
    await row.getByRole('switch').focus();
    await page.keyboard.press('Space');
    expect(await row.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Space');
    expect(await row.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    await row.getByTestId('rule-expand').focus();
    await page.keyboard.press('Enter');
    await row.getByTestId('rule-detail').waitFor();
    expect(await row.getByTestId('rule-expand').getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});
