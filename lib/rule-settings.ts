/**
 * The reviewer's rule settings, in browser.storage.local (key `ruleSettings`): rules and whole categories switched
 * off, severity changed per rule, and rules restricted to some document types. The options page writes them; every
 * open sidebar hears storage.onChanged and re-reviews with them (lib/sidebar/rule-config.ts). Pure helpers turn
 * them into ReviewOptions and filter findings by document type (the engine has no per-user restriction).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { DOC_TYPES, type DocType, type Finding, type ReviewOptions, type Severity } from './engine/types';

export const RULE_SETTINGS_KEY = 'ruleSettings';

const Id = z.string().check(z.minLength(1), z.maxLength(200));
const Level = z.enum(['error', 'warning', 'info', 'off']);

export const RuleSettings = z.object({
  disabledRules: z._default(z.array(Id), []),
  disabledCategories: z._default(z.array(Id), []),
  /** Severity by rule id ('off' disables it too). */
  severityOverrides: z._default(z.record(Id, Level), {}),
  /** Rule id -> the only document types it reports in (absent or empty = all). */
  docTypeLimits: z._default(z.record(Id, z.array(z.enum(DOC_TYPES))), {}),
});
export type RuleSettings = z.infer<typeof RuleSettings>;

export const emptySettings = (): RuleSettings => ({ disabledRules: [], disabledCategories: [], severityOverrides: {}, docTypeLimits: {} });

/** Stored settings, or the defaults when there are none or they do not parse. */
export function parseSettings(raw: unknown): RuleSettings {
  const p = RuleSettings.safeParse(raw ?? {});
  return p.success ? p.data : emptySettings();
}

export async function loadRuleSettings(): Promise<RuleSettings> {
  const got = await browser.storage.local.get(RULE_SETTINGS_KEY);
  return parseSettings(got[RULE_SETTINGS_KEY]);
}

export async function saveRuleSettings(s: RuleSettings): Promise<void> {
  await browser.storage.local.set({ [RULE_SETTINGS_KEY]: s });
}

export function isRuleOn(s: RuleSettings, id: string, category: string): boolean {
  return !s.disabledRules.includes(id) && !s.disabledCategories.includes(category) && s.severityOverrides[id] !== 'off';
}

// Setters return new settings (the options page keeps them in its store and saves them).

const toggle = (list: readonly string[], id: string, on: boolean) => (on ? list.filter((x) => x !== id) : list.includes(id) ? [...list] : [...list, id]);

export function setRuleOn(s: RuleSettings, id: string, on: boolean): RuleSettings {
  const severityOverrides = { ...s.severityOverrides };
  if (on && severityOverrides[id] === 'off') delete severityOverrides[id];
  return { ...s, disabledRules: toggle(s.disabledRules, id, on), severityOverrides };
}

export function setCategoryOn(s: RuleSettings, category: string, on: boolean): RuleSettings {
  return { ...s, disabledCategories: toggle(s.disabledCategories, category, on) };
}

/** undefined = back to the rule's own severity. */
export function setSeverity(s: RuleSettings, id: string, severity: Severity | undefined): RuleSettings {
  const severityOverrides = { ...s.severityOverrides };
  if (severity) severityOverrides[id] = severity;
  else delete severityOverrides[id];
  return { ...s, severityOverrides };
}

/** An empty list lifts the restriction. */
export function setDocTypeLimit(s: RuleSettings, id: string, types: readonly DocType[]): RuleSettings {
  const docTypeLimits = { ...s.docTypeLimits };
  if (types.length) docTypeLimits[id] = DOC_TYPES.filter((t) => types.includes(t));
  else delete docTypeLimits[id];
  return { ...s, docTypeLimits };
}

export function reviewOptionsFrom(s: RuleSettings): Pick<ReviewOptions, 'disabledRules' | 'disabledCategories' | 'severityOverrides'> {
  return { disabledRules: s.disabledRules, disabledCategories: s.disabledCategories, severityOverrides: s.severityOverrides };
}

/** Drops findings of rules restricted to other document types than `docType`. */
export function filterByDocType(findings: Finding[], docType: DocType, limits: RuleSettings['docTypeLimits']): Finding[] {
  if (!Object.keys(limits).length) return findings;
  return findings.filter((f) => {
    const only = limits[f.ruleId];
    return !only?.length || only.includes(docType);
  });
}
