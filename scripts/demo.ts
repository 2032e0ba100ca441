/**
 * npm run demo — build the extension for the demo portal, serve demo/, open it in Debian chromium with the
 * extension loaded, wait for the sidebar, save e2e-results/demo.png and print the number of findings.
 * With a DISPLAY the browser stays open until you close it; without one it runs headless and exits.
 *
 *   npm run demo                          # ueditor.html
 *   npm run demo -- --page textarea.html --port 8080 --no-build
 *   npm run demo -- --serve --port 8080   # only serve demo/ (load .output/chrome-mv3 by hand)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { startDemoServer } from '../tests/e2e/harness/server';
import { defaultHeadless, launchWithExtension } from '../tests/e2e/harness/launch';

const SIDEBAR = '[data-testid="fashen-sidebar"]';
const FINDING = '[data-testid="finding"]';
const OUT = 'e2e-results/demo.png';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const pageName = arg('page') ?? 'ueditor.html';
  const port = Number(arg('port') ?? process.env.DEMO_PORT ?? 0);
  const headless = defaultHeadless();

  if (process.argv.includes('--serve')) {
    const server = await startDemoServer({ port });
    console.log(`» demo portal: ${server.url}index.html — Ctrl+C to stop`);
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await server.close();
    return;
  }

  if (!process.argv.includes('--no-build')) {
    console.log("» building the extension with FASHEN_SITES='http://127.0.0.1/*'");
    const r = spawnSync('npx', ['wxt', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, FASHEN_SITES: 'http://127.0.0.1/*' },
    });
    if (r.status !== 0) throw new Error('wxt build failed');
  }

  const server = await startDemoServer({ port });
  console.log(`» demo portal: ${server.url}  (index: ${server.url}index.html)`);
  const browser = await launchWithExtension({ headless });
  console.log(`» chromium ${headless ? 'headless' : 'with a window'}, extension id ${browser.extensionId}`);
  const shutdown = async (): Promise<void> => {
    await browser.close();
    await server.close();
  };

  try {
    // the background registers the content script for the preset sites when it starts: wait for that before the
    // first navigation (a page loaded earlier would need a reload)
    const [sw] = browser.context.serviceWorkers();
    for (let i = 0; sw && i < 100; i++) {
      const matches: unknown = await sw.evaluate('chrome.scripting.getRegisteredContentScripts().then((s) => s.flatMap((x) => x.matches ?? []))');
      if (Array.isArray(matches) && matches.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await browser.page();
    await page.goto(server.url + pageName);
    await page.waitForSelector('html[data-demo-ready="true"]', { timeout: 10_000 }).catch(() => undefined);
    let findings = 0;
    const sidebar = await page.waitForSelector(SIDEBAR, { timeout: 20_000 }).catch(() => null);
    if (sidebar) {
      await page.waitForSelector(FINDING, { timeout: 15_000 }).catch(() => undefined);
      await page.waitForTimeout(500); // let the list and the underlines settle
      findings = await page.locator(FINDING).count();
    } else {
      console.log(`» no sidebar (${SIDEBAR}) within 20 s — is the content script wired yet? screenshot anyway`);
    }
    mkdirSync('e2e-results', { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`» screenshot: ${OUT}`);
    console.log(`» findings: ${findings}`);
    const external = server.requests.filter((r) => r.startsWith('http'));
    if (external.length) console.log(`» unexpected proxied requests: ${external.join(', ')}`);

    if (!headless) {
      console.log('» the browser stays open — close its window (or press Ctrl+C) to finish');
      await new Promise<void>((resolve) => {
        browser.context.on('close', () => resolve());
        process.once('SIGINT', () => resolve());
      });
    }
  } finally {
    await shutdown();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
