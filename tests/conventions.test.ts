// @vitest-environment node
/** House rules that code review would otherwise have to catch. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderIndex } from '../scripts/gen-rule-index';

const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(root + dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = `${dir}/${e}`;
    if (statSync(root + p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(e)) out.push(p);
  }
  return out;
}

const imports = (src: string) => [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('conventions', () => {
  it('keeps the engine and the rules pure: no browser, DOM, storage, clock or node APIs', () => {
    const banned = /\b(?:window|document|localStorage|sessionStorage|indexedDB|chrome|browser|process|performance|navigator)\s*\.|\b(?:fetch|require|setTimeout|setInterval|XMLHttpRequest)\s*\(|Date\.now|new Date\(\)/;
    const bannedImports = /^(node:|fs|path|dexie|react|wxt|#imports|@wxt-dev)/;
    for (const f of [...files('lib/engine'), ...files('rules')]) {
      const src = readFileSync(root + f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const code = src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(banned.exec(code)?.[0], `${f} uses a non-pure API`).toBeUndefined();
      for (const i of imports(src)) expect(bannedImports.test(i), `${f} imports ${i}`).toBe(false);
    }
  });

  it('keeps rules/index.ts in step with the rule folders (npm run rules:index)', () => {
    expect(readFileSync(root + 'rules/index.ts', 'utf8')).toBe(renderIndex());
  });

  it('names each rule file after its rule id', () => {
    for (const f of files('rules').filter((p) => !p.includes('/matchers/') && !/\/_|define-rule|rule-schema|index\.ts$/.test(p))) {
      const id = f.split('/').pop()!.replace(/\.ts$/, '');
      expect(readFileSync(root + f, 'utf8'), f).toContain(`id: '${id}'`);
    }
  });

  it('makes no network requests and loads no remote code or fonts', () => {
    const net = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|@import\s+url\(|<script[^>]+src=["']https?:|<link[^>]+href=["']https?:|importScripts\(/;
    for (const f of [...files('entrypoints', /\.(ts|tsx|html|css)$/), ...files('lib', /\.(ts|tsx)$/), ...files('components', /\.(ts|tsx|css)$/)]) {
      if (f.startsWith('lib/cli/')) continue; // the CLI reads local files only, never the network
      const src = readFileSync(root + f, 'utf8');
      expect(net.exec(src)?.[0], `${f} may reach the network`).toBeUndefined();
    }
  });
});
