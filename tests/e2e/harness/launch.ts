/**
 * Debian chromium through playwright-core (toolchain.md §Step 4): a fresh profile per launch, the built extension
 * loaded unpacked (or none), headless unless a DISPLAY is there (override with HEADLESS=0/1).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_PATH = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--lang=zh-CN',
];

export interface LaunchOptions {
  /** Unpacked extension folder; default .output/chrome-mv3. `false` = no extension. */
  extensionPath?: string | false;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export interface Launched {
  context: BrowserContext;
  /** First call: the tab the browser opened with; later calls: a new tab. */
  page(): Promise<Page>;
  /** chrome-extension://<id>/ host, when an extension was loaded. */
  extensionId: string | undefined;
  close(): Promise<void>;
}

export const defaultHeadless = (): boolean =>
  process.env.HEADLESS ? process.env.HEADLESS !== '0' : !process.env.DISPLAY;

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Launched> {
  const ext = opts.extensionPath === false ? undefined : path.resolve(opts.extensionPath ?? EXTENSION_PATH);
  if (ext && !existsSync(path.join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext} — run: FASHEN_SITES='http://127.0.0.1/*' npx wxt build`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No chromium at ${CHROMIUM_PATH} — run: apt-get install -y chromium fonts-wqy-microhei`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'fashen-e2e-'));
  const args = [...BASE_ARGS];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? defaultHeadless(),
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    locale: 'zh-CN',
    args,
  });
  let extensionId: string | undefined;
  if (ext) {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(sw.url()).host;
  }
  let first = true;
  return {
    context,
    extensionId,
    async page() {
      if (first) {
        first = false;
        const [p] = context.pages();
        if (p) return p;
      }
      return context.newPage();
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Same browser set-up without any extension (page-layer tests inject lib/page themselves). */
export const launchPlain = (opts: Omit<LaunchOptions, 'extensionPath'> = {}): Promise<Launched> =>
  launchWithExtension({ ...opts, extensionPath: false });
