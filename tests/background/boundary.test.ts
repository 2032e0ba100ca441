// @vitest-environment node
/**
 * House rule 8: the review database (Dexie) lives in the extension's origin. The content script reaches it only
 * through messages — its import graph never includes Dexie or the database modules, or the page could read notes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((c) => existsSync(c) && statSync(c).isFile());
}

/** Project files and packages reachable from `entry` through runtime imports (type-only imports are erased). */
function reachable(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [path.join(root, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of src.matchAll(IMPORT)) {
      if (/^(?:import|export)\s+type\s/.test(m[0].trim())) continue;
      const spec = m[1] ?? m[2]!;
      const next = resolve(file, spec);
      if (next) stack.push(next);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec);
    }
  }
  return { files: [...files].map((f) => path.relative(root, f)), packages: [...packages] };
}

describe('the review database stays out of the content script', () => {
  it('entrypoints/content reaches no Dexie and no database module; the background does', () => {
    const content = reachable('entrypoints/content/index.tsx');
    expect(content.files.length).toBeGreaterThan(10);
    expect(content.packages.filter((p) => p.startsWith('dexie'))).toEqual([]);
    expect(content.files.filter((f) => /^lib\/db\/(db|service|open|log|handler|documents|notes|decisions)\.ts$/.test(f))).toEqual([]);
    const background = reachable('entrypoints/background.ts');
    expect(background.packages).toContain('dexie');
    expect(background.files).toContain('lib/db/handler.ts');
  });
});
