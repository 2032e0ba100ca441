// @vitest-environment node
/**
 * The statute texts (data/laws/laws.json, ~1.9 MB, read through lib/laws/articles.ts) are for extension pages only:
 * the options page and the law viewer import them; the content script, the engine it loads and the background never
 * reach them (they use the compact catalogue). Checked on the import graph, so no build is needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolve(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined; // a package
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(cand) && !cand.endsWith('/')) {
      try {
        readFileSync(cand);
        return cand;
      } catch {
        // a folder
      }
    }
  }
  return undefined;
}

/** Every project file reachable from `entry` through static imports (type-only imports included, to be strict). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [path.join(root, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of src.matchAll(IMPORT)) {
      const next = resolve(file, m[1] ?? m[2]);
      if (next) stack.push(next);
    }
  }
  return new Set([...seen].map((f) => path.relative(root, f)));
}

describe('statute texts stay out of the content script', () => {
  for (const entry of ['entrypoints/content/index.tsx', 'entrypoints/engine.ts', 'entrypoints/background.ts']) {
    it(`${entry} never reaches lib/laws/articles.ts or data/laws/laws.json`, () => {
      const files = reachable(entry);
      expect(files.size).toBeGreaterThan(3);
      expect([...files].filter((f) => f === 'lib/laws/articles.ts' || f === 'data/laws/laws.json' || f === 'lib/laws/viewer.ts')).toEqual([]);
    });
  }

  it('the options page and the law viewer do reach them (the graph walk works)', () => {
    expect(reachable('entrypoints/options/OptionsApp.tsx').has('data/laws/laws.json')).toBe(true);
    expect(reachable('entrypoints/laws/LawsApp.tsx').has('lib/laws/articles.ts')).toBe(true);
    // the content script does carry the rule settings and the pack schema
    const content = reachable('entrypoints/content/index.tsx');
    expect(content.has('lib/sidebar/rule-config.ts')).toBe(true);
    expect(content.has('lib/rule-pack/schema.ts')).toBe(true);
    expect(content.has('lib/rule-pack/validate.ts')).toBe(false);
  });
});
