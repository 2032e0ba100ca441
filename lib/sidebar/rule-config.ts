/**
 * The reviewer's rule settings and custom packs, as the sidebar uses them: read from browser.storage.local, kept
 * current through storage.onChanged (an options-page change reaches every open sidebar at once), and applied
 * around the engine's review(): disabled rules and categories, severity overrides, custom rules as extraRules, and
 * the per-rule document-type restriction as a filter on the findings.
 */
import { browser } from 'wxt/browser';
import type { Rule } from '../../rules/define-rule';
import { activeRules, parseInstalled, RULE_PACKS_KEY } from '../rule-pack/store';
import { emptySettings, filterByDocType, parseSettings, reviewOptionsFrom, RULE_SETTINGS_KEY, type RuleSettings } from '../rule-settings';
import type { ReviewFn } from './engine-loader';

export interface RuleConfig {
  /** Reads the stored settings and packs (once, before the first review) and starts listening for changes. */
  load(): Promise<void>;
  /** review() with the current settings and custom rules applied. */
  wrap(review: ReviewFn): ReviewFn;
  /** Called after a stored change was taken in (re-review then). */
  onChange(listener: () => void): void;
  settings(): RuleSettings;
  extraRules(): readonly Rule[];
  destroy(): void;
}

type StorageChanges = Record<string, { newValue?: unknown }>;

export function createRuleConfig(): RuleConfig {
  let settings = emptySettings();
  // one array per change: the engine keeps a compiled reviewer per extraRules array
  let extra: Rule[] = [];
  const listeners: (() => void)[] = [];

  const onChanged = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    let changed = false;
    if (RULE_SETTINGS_KEY in changes) {
      settings = parseSettings(changes[RULE_SETTINGS_KEY].newValue);
      changed = true;
    }
    if (RULE_PACKS_KEY in changes) {
      extra = activeRules(parseInstalled(changes[RULE_PACKS_KEY].newValue));
      changed = true;
    }
    if (changed) for (const l of listeners) l();
  };

  return {
    async load() {
      browser.storage.onChanged.addListener(onChanged);
      try {
        const got = await browser.storage.local.get([RULE_SETTINGS_KEY, RULE_PACKS_KEY]);
        settings = parseSettings(got[RULE_SETTINGS_KEY]);
        extra = activeRules(parseInstalled(got[RULE_PACKS_KEY]));
      } catch {
        // unreadable storage: review with the built-in library as shipped
      }
    },
    wrap(review) {
      return (text, options) => {
        const result = review(text, { ...options, ...reviewOptionsFrom(settings), ...(extra.length ? { extraRules: extra } : {}) });
        const findings = filterByDocType(result.findings, result.document.docType, settings.docTypeLimits);
        return findings === result.findings ? result : { ...result, findings };
      };
    },
    onChange(listener) {
      listeners.push(listener);
    },
    settings: () => settings,
    extraRules: () => extra,
    destroy() {
      browser.storage.onChanged.removeListener(onChanged);
      listeners.length = 0;
    },
  };
}
