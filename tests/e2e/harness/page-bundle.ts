/**
 * Builds lib/page into one IIFE (window.FashenPage) with vite's build API, for page-layer e2e tests that run
 * in real chromium without the extension. Cached per process.
 */
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./page-bundle.entry.ts', import.meta.url));
let cached: Promise<string> | undefined;

export function pageBundle(): Promise<string> {
  cached ??= (async () => {
    const out = await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        sourcemap: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'FashenPageBundle', fileName: () => 'fashen-page.js' },
      },
    });
    const outputs = Array.isArray(out) ? out : [out];
    for (const o of outputs) {
      if ('output' in o) {
        const chunk = o.output.find((c) => c.type === 'chunk');
        if (chunk && chunk.type === 'chunk') return chunk.code;
      }
    }
    throw new Error('vite produced no chunk for lib/page');
  })();
  return cached;
}
