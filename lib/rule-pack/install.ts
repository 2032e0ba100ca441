/**
 * Installing packs and the user's own rules, as pure steps over the installed list: validate first, and return a
 * new list only when everything passed — a refused pack changes nothing. The options page stores the result.
 */
import { parsePackText, validatePack, validateRule, type PackIssue, type ValidateOptions } from './validate';
import { installedIds, LOCAL_PACK_ID, packIdFor, upsertPack, type InstalledPack } from './store';
import { RULE_PACK_FORMAT, RULE_PACK_VERSION, type CustomRule, type RulePack } from './schema';

export type InstallOptions = Omit<ValidateOptions, 'installedIds'>;

export type ImportResult =
  | { ok: true; packs: InstalledPack[]; pack: RulePack; replaced: boolean }
  | { ok: false; issues: PackIssue[]; raw: unknown };

/** Checks a pack file's text and installs it (a pack of the same name is replaced). */
export function importPack(text: string, installed: readonly InstalledPack[], opts: InstallOptions): ImportResult {
  const parsed = parsePackText(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, raw: undefined };
  const raw = parsed.value;
  const name = typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string' ? raw.name : '';
  const id = packIdFor(name);
  const result = validatePack(raw, { ...opts, installedIds: installedIds(installed, id) });
  if (!result.ok) return { ok: false, issues: result.issues, raw };
  return { ok: true, packs: upsertPack(installed, id, result.pack), pack: result.pack, replaced: installed.some((p) => p.id === id) };
}

export function localRules(installed: readonly InstalledPack[]): CustomRule[] {
  return installed.find((p) => p.id === LOCAL_PACK_ID)?.pack.rules ?? [];
}

/** Checks a rule from the form; `editing` is the id of the stored rule it replaces (it may keep or change its id). */
export function checkLocalRule(raw: unknown, installed: readonly InstalledPack[], editing: string | undefined, opts: InstallOptions) {
  const ids = installedIds(installed);
  if (editing) ids.delete(editing);
  return validateRule(raw, { ...opts, installedIds: ids });
}

/** Adds a checked rule to the local pack (replacing `editing`), creating the pack on first use. */
export function putLocalRule(installed: readonly InstalledPack[], rule: CustomRule, editing: string | undefined, localName: string): InstalledPack[] {
  const local = installed.find((p) => p.id === LOCAL_PACK_ID);
  if (!local) {
    const pack: RulePack = { format: RULE_PACK_FORMAT, version: RULE_PACK_VERSION, name: localName, rules: [rule] };
    return [{ id: LOCAL_PACK_ID, enabled: true, pack }, ...installed];
  }
  const replaced = editing ?? rule.id;
  const i = local.pack.rules.findIndex((r) => r.id === replaced);
  const rules = i < 0 ? [...local.pack.rules, rule] : local.pack.rules.map((r, j) => (j === i ? rule : r));
  return installed.map((p) => (p.id === LOCAL_PACK_ID ? { ...p, pack: { ...p.pack, rules } } : p));
}

/** Removes a rule of the local pack; the pack goes when its last rule does. */
export function deleteLocalRule(installed: readonly InstalledPack[], id: string): InstalledPack[] {
  return installed.flatMap((p) => {
    if (p.id !== LOCAL_PACK_ID) return [p];
    const rules = p.pack.rules.filter((r) => r.id !== id);
    return rules.length ? [{ ...p, pack: { ...p.pack, rules } }] : [];
  });
}

/** The local rules as a pack file to share, under a name and author of the user's choice. */
export function shareLocalPack(installed: readonly InstalledPack[], name: string, author?: string): RulePack | undefined {
  const rules = localRules(installed);
  if (!rules.length) return undefined;
  return { format: RULE_PACK_FORMAT, version: RULE_PACK_VERSION, name, ...(author ? { author } : {}), rules };
}

export function setPackEnabled(installed: readonly InstalledPack[], id: string, enabled: boolean): InstalledPack[] {
  return installed.map((p) => (p.id === id ? { ...p, enabled } : p));
}

export function removePack(installed: readonly InstalledPack[], id: string): InstalledPack[] {
  return installed.filter((p) => p.id !== id);
}

/** A file name for an exported pack: the pack's name, made safe for a file system. */
export function packFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'rule-pack'}.fashen-pack.json`;
}
