/**
 * Installed rule packs in browser.storage.local (key `rulePacks`): the user's own rules (the local pack, written
 * by the options page's form) and imported packs, each switchable. The options page validates a pack fully before
 * it is stored; whoever reads the key (the sidebar) parses it again and keeps only packs whose schema holds and
 * whose regexes compile and pass safe-regex2 — so nothing unchecked reaches the engine.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { Rule } from '../../rules/define-rule';
import { regexesSound } from './regex-check';
import { RulePack } from './schema';

export const RULE_PACKS_KEY = 'rulePacks';
/** The id of the pack that holds the rules written in the options page. */
export const LOCAL_PACK_ID = 'local';

export const InstalledPack = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  enabled: z.boolean(),
  pack: RulePack,
});
export type InstalledPack = z.infer<typeof InstalledPack>;

/** Stored packs that still parse; one damaged entry does not take the others down. */
export function parseInstalled(raw: unknown): InstalledPack[] {
  if (!Array.isArray(raw)) return [];
  const out: InstalledPack[] = [];
  for (const item of raw) {
    const p = InstalledPack.safeParse(item);
    if (p.success && !out.some((x) => x.id === p.data.id)) out.push(p.data);
  }
  return out;
}

export async function loadPacks(): Promise<InstalledPack[]> {
  const got = await browser.storage.local.get(RULE_PACKS_KEY);
  return parseInstalled(got[RULE_PACKS_KEY]);
}

export async function savePacks(packs: InstalledPack[]): Promise<void> {
  await browser.storage.local.set({ [RULE_PACKS_KEY]: packs });
}

/**
 * The rules of the enabled packs, for ReviewOptions.extraRules. A pack with a regex that does not compile or is
 * unsafe is left out whole; an id already taken (built in, or by an earlier pack) is skipped.
 */
export function activeRules(packs: readonly InstalledPack[], builtinIds: ReadonlySet<string> = new Set()): Rule[] {
  const out: Rule[] = [];
  const ids = new Set(builtinIds);
  for (const p of packs) {
    if (!p.enabled || !p.pack.rules.every(regexesSound)) continue;
    for (const r of p.pack.rules) {
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      out.push(r);
    }
  }
  return out;
}

/** A pack id from its name (packs are replaced by name on re-import). */
export function packIdFor(name: string): string {
  return `pack:${name.trim()}`;
}

/** Installs or replaces (same id) a validated pack; new packs are enabled. */
export function upsertPack(packs: readonly InstalledPack[], id: string, pack: RulePack): InstalledPack[] {
  const i = packs.findIndex((p) => p.id === id);
  if (i < 0) return [...packs, { id, enabled: true, pack }];
  return packs.map((p, j) => (j === i ? { ...p, pack } : p));
}

/** Ids used by installed packs other than `exceptPackId` -> pack name (for ValidateOptions.installedIds). */
export function installedIds(packs: readonly InstalledPack[], exceptPackId?: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of packs) if (p.id !== exceptPackId) for (const r of p.pack.rules) m.set(r.id, p.pack.name);
  return m;
}

/** The pack file (what export writes): the stored pack without the install record. */
export function packFile(p: InstalledPack): string {
  return `${JSON.stringify(p.pack, null, 2)}\n`;
}
