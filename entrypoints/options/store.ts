/**
 * The options page's one store, in slices: ui (tab, notice), library (settings, search, filters, open rows), packs
 * (installed packs, the last import) and form (the custom-rule draft and its check). The settings and packs are
 * mirrors of browser.storage.local, which ./actions.ts writes.
 */
import { createStore } from 'zustand/vanilla';
import type { FormIssue } from '../../components/options/RuleForm';
import type { StateFilter } from '../../lib/rule-library';
import { emptyDraft, type RuleDraft } from '../../lib/rule-pack/draft';
import type { InstalledPack } from '../../lib/rule-pack/store';
import type { ExampleOutcome } from '../../lib/rule-pack/validate';
import { emptySettings, type RuleSettings } from '../../lib/rule-settings';

export type OptionsTab = 'rules' | 'custom' | 'packs';
export const OPTIONS_TABS: readonly OptionsTab[] = ['rules', 'custom', 'packs'];

export type PackResult = { ok: true; text: string } | { ok: false; title: string; issues: string[] };

export interface OptionsState {
  tab: OptionsTab;
  notice?: string;
  settings: RuleSettings;
  query: string;
  category: string;
  stateFilter: StateFilter;
  expanded: ReadonlySet<string>;
  packs: InstalledPack[];
  packResult?: PackResult;
  busy: boolean;
  draft: RuleDraft;
  editing?: string;
  formIssues: FormIssue[];
  results?: ExampleOutcome[];
  formNotice?: string;

  setTab(tab: OptionsTab): void;
  setNotice(notice?: string): void;
  setSettings(settings: RuleSettings): void;
  setQuery(query: string): void;
  setCategory(category: string): void;
  setStateFilter(state: StateFilter): void;
  toggleExpanded(id: string): void;
  setPacks(packs: InstalledPack[]): void;
  setPackResult(result?: PackResult): void;
  setBusy(busy: boolean): void;
  patchDraft(patch: Partial<RuleDraft>): void;
  startForm(draft: RuleDraft, editing?: string): void;
  setFormOutcome(outcome: { issues?: FormIssue[]; results?: ExampleOutcome[]; notice?: string }): void;
}

export function createOptionsStore(tab: OptionsTab = 'rules') {
  return createStore<OptionsState>()((set) => ({
    tab,
    settings: emptySettings(),
    query: '',
    category: '',
    stateFilter: 'all',
    expanded: new Set(),
    packs: [],
    busy: false,
    draft: emptyDraft('custom-1'),
    formIssues: [],
    setTab: (next) => set({ tab: next }),
    setNotice: (notice) => set({ notice }),
    setSettings: (settings) => set({ settings }),
    setQuery: (query) => set({ query }),
    setCategory: (category) => set({ category }),
    setStateFilter: (stateFilter) => set({ stateFilter }),
    toggleExpanded: (id) =>
      set((s) => {
        const expanded = new Set(s.expanded);
        if (expanded.has(id)) expanded.delete(id);
        else expanded.add(id);
        return { expanded };
      }),
    setPacks: (packs) => set({ packs }),
    setPackResult: (packResult) => set({ packResult }),
    setBusy: (busy) => set({ busy }),
    // an edit makes the last check stale
    patchDraft: (patch) => set((s) => ({ draft: { ...s.draft, ...patch }, results: undefined, formNotice: undefined })),
    startForm: (draft, editing) => set({ draft, editing, formIssues: [], results: undefined, formNotice: undefined }),
    setFormOutcome: ({ issues = [], results, notice }) => set({ formIssues: issues, results, formNotice: notice }),
  }));
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
