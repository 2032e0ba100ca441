/**
 * What the options page does with its store and browser.storage.local: load and follow the stored settings and
 * packs, change a rule's switch, severity or document types, check and save a custom rule, import, switch, export
 * and remove packs. Every change is written to storage, which is what open sidebars listen to.
 */
import { browser } from 'wxt/browser';
import { RULES } from '../../rules';
import type { FormIssue } from '../../components/options/RuleForm';
import type { Strings } from '../../locales';
import { draftField, draftToRule, emptyDraft, nextCustomId, ruleToDraft } from '../../lib/rule-pack/draft';
import {
  checkLocalRule,
  deleteLocalRule,
  importPack,
  localRules,
  packFileName,
  putLocalRule,
  removePack,
  setPackEnabled,
  shareLocalPack,
  type InstallOptions,
} from '../../lib/rule-pack/install';
import { formatIssue } from '../../lib/rule-pack/messages';
import { loadPacks, packFile, parseInstalled, RULE_PACKS_KEY, savePacks, type InstalledPack } from '../../lib/rule-pack/store';
import { runExamples, type PackIssue } from '../../lib/rule-pack/validate';
import { CustomRule } from '../../lib/rule-pack/schema';
import { loadRuleSettings, parseSettings, RULE_SETTINGS_KEY, saveRuleSettings, type RuleSettings } from '../../lib/rule-settings';
import type { OptionsStore } from './store';

export const BUILTIN_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export interface OptionsDeps {
  store: OptionsStore;
  t: Strings;
  /** The clock for the timed regex check. */
  now: () => number;
  /** Saves a file (a download link on the page). */
  save: (name: string, blob: Blob) => void;
}

export type OptionsActions = ReturnType<typeof createOptionsActions>;

export function createOptionsActions({ store, t, now, save }: OptionsDeps) {
  const get = store.getState;
  const installOpts: InstallOptions = { builtinIds: BUILTIN_IDS, now };
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const announce = (text: string) => {
    get().setNotice(text);
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => get().setNotice(undefined), 4000);
  };

  async function writeSettings(next: RuleSettings) {
    get().setSettings(next);
    await saveRuleSettings(next);
    announce(t.savedLive);
  }

  async function writePacks(next: InstalledPack[]) {
    get().setPacks(next);
    await savePacks(next);
  }

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (RULE_SETTINGS_KEY in changes) get().setSettings(parseSettings(changes[RULE_SETTINGS_KEY].newValue));
    if (RULE_PACKS_KEY in changes) get().setPacks(parseInstalled(changes[RULE_PACKS_KEY].newValue));
  };

  const formIssues = (issues: PackIssue[], raw: unknown): FormIssue[] =>
    issues.map((i) => ({ field: draftField(i.path), text: formatIssue(i, raw, t, 'rule') }));

  const takenIds = () => new Set([...BUILTIN_IDS, ...get().packs.flatMap((p) => p.pack.rules.map((r) => r.id))]);

  return {
    /** Loads the stored state and follows changes made elsewhere (another options tab). */
    async init(): Promise<() => void> {
      const [settings, packs] = await Promise.all([loadRuleSettings(), loadPacks()]);
      get().setSettings(settings);
      get().setPacks(packs);
      get().startForm(emptyDraft(nextCustomId(takenIds())));
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    updateSettings: (change: (s: RuleSettings) => RuleSettings) => writeSettings(change(get().settings)),

    /** Tries the draft on its examples (and every other check) without saving. */
    testDraft() {
      const { draft, editing, packs } = get();
      const raw = draftToRule(draft);
      const checked = checkLocalRule(raw, packs, editing, installOpts);
      if (!checked.ok) {
        get().setFormOutcome({ issues: formIssues(checked.issues, raw), results: exampleRun(raw, checked.issues) });
        return;
      }
      get().setFormOutcome({ results: runExamples(checked.rule), notice: t.formTested });
    },
    async saveDraft() {
      const { draft, editing, packs } = get();
      const raw = draftToRule(draft);
      const checked = checkLocalRule(raw, packs, editing, installOpts);
      if (!checked.ok) {
        get().setFormOutcome({ issues: formIssues(checked.issues, raw), results: exampleRun(raw, checked.issues) });
        return false;
      }
      await writePacks(putLocalRule(packs, checked.rule, editing, t.packLocalName));
      get().startForm(emptyDraft(nextCustomId(takenIds())));
      get().setFormOutcome({ notice: t.formSaved(checked.rule.id) });
      return true;
    },
    editCustom(id: string) {
      const rule = localRules(get().packs).find((r) => r.id === id);
      if (rule) get().startForm(ruleToDraft(rule), id);
    },
    newCustom() {
      get().startForm(emptyDraft(nextCustomId(takenIds())));
    },
    async deleteCustom(id: string) {
      await writePacks(deleteLocalRule(get().packs, id));
      if (get().editing === id) get().startForm(emptyDraft(nextCustomId(takenIds())));
    },

    async importPackText(text: string) {
      get().setBusy(true);
      get().setPackResult(undefined);
      // let the page paint "checking" before the timed regex runs
      await new Promise((r) => setTimeout(r, 0));
      try {
        const result = importPack(text, get().packs, installOpts);
        if (!result.ok) {
          get().setPackResult({ ok: false, title: t.packRejected(result.issues.length), issues: result.issues.map((i) => formatIssue(i, result.raw, t)) });
          return false;
        }
        await writePacks(result.packs);
        const n = result.pack.rules.length;
        get().setPackResult({ ok: true, text: result.replaced ? t.packReplaced(result.pack.name, n) : t.packImported(result.pack.name, n) });
        return true;
      } finally {
        get().setBusy(false);
      }
    },
    togglePack: (id: string, on: boolean) => writePacks(setPackEnabled(get().packs, id, on)),
    removePack: (id: string) => writePacks(removePack(get().packs, id)),
    exportPack(id: string) {
      const p = get().packs.find((x) => x.id === id);
      if (p) save(packFileName(p.pack.name), new Blob([packFile(p)], { type: 'application/json' }));
    },
    shareLocal(name: string, author: string) {
      const pack = shareLocalPack(get().packs, name, author || undefined);
      if (pack) save(packFileName(pack.name), new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' }));
    },
  };
}

/**
 * The examples' outcome when only examples failed (every other check passed, so the regexes are known to be sound);
 * a rule with any other problem is never run.
 */
function exampleRun(raw: unknown, issues: PackIssue[]) {
  if (!issues.every((i) => i.kind === 'example-missed' || i.kind === 'example-fired')) return undefined;
  const parsed = CustomRule.safeParse(raw);
  return parsed.success ? runExamples(parsed.data) : undefined;
}
