import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { CustomRuleList } from '@/components/options/CustomRuleList';
import { ProfileSection } from '@/components/options/ProfileSection';
import { PackManager } from '@/components/options/PackManager';
import { RuleForm } from '@/components/options/RuleForm';
import { RuleLibrary } from '@/components/options/RuleLibrary';
import { panelId, tabId, Tabs } from '@/components/options/Tabs';
import { SitesList, type SiteRow } from '@/components/SitesList';
import { StringsContext } from '@/components/strings';
import { DOC_TYPE_NAMES } from '@/lib/engine/doc-types';
import type { Severity } from '@/lib/engine/types';
import { CATEGORIES } from '@/lib/engine/taxonomy';
import { articleText } from '@/lib/laws/articles';
import { LAW_VIEWER_PAGE, lawViewerHash } from '@/lib/laws/viewer-url';
import { createRuleSearch, matchesState, ruleView, sortViews, type RuleView } from '@/lib/rule-library';
import { localRules } from '@/lib/rule-pack/install';
import { LOCAL_PACK_ID } from '@/lib/rule-pack/store';
import { setCategoryOn, setDocTypeLimit, setRuleOn, setSeverity } from '@/lib/rule-settings';
import { disableSite, listSites } from '@/lib/sidebar/popup-model';
import { profileSectionProps } from '@/lib/sidebar/review-client';
import type { Strings } from '@/locales';
import { RULES } from '@/rules';
import { createOptionsActions, type OptionsDeps } from './actions';
import { createOptionsStore, OPTIONS_TABS, type OptionsTab } from './store';

const BUILTIN_VIEWS: RuleView[] = RULES.map((r) => ruleView(r, { lawText: articleText }));
const CATEGORY_LIST = CATEGORIES.map((c) => ({ id: c.id, name: c.name }));

export interface OptionsAppProps {
  t: Strings;
  initialTab?: OptionsTab;
  /** Overrides for tests: the clock and the file saver. */
  deps?: Partial<Pick<OptionsDeps, 'now' | 'save'>>;
  onTab?(tab: OptionsTab): void;
}

export function OptionsApp({ t, initialTab = 'rules', deps, onTab }: OptionsAppProps) {
  const [store] = useState(() => createOptionsStore(initialTab));
  const [actions] = useState(() =>
    createOptionsActions({ store, t, now: deps?.now ?? (() => performance.now()), save: deps?.save ?? download }),
  );
  const s = useStore(store);
  const [sites, setSites] = useState<SiteRow[]>([]);
  const [error, setError] = useState<string>();
  const fail = (e: unknown) => setError(String(e));

  useEffect(() => {
    void listSites().then(setSites, fail);
    let stop: (() => void) | undefined;
    void actions.init().then((f) => (stop = f), fail);
    return () => stop?.();
  }, [actions]);

  const levelName = (level: Severity | 'off') => ({ error: t.levelError, warning: t.levelWarning, info: t.levelInfo, off: t.levelOff })[level];
  const lawHref = (law: string, article?: string) => browser.runtime.getURL(LAW_VIEWER_PAGE) + lawViewerHash({ law, article });

  const views = useMemo(() => {
    const custom = s.packs
      .filter((p) => p.enabled)
      .flatMap((p) => p.pack.rules.map((r) => ruleView(r, { lawText: articleText, pack: { id: p.id, name: p.id === LOCAL_PACK_ID ? t.packLocalName : p.pack.name } })));
    return sortViews([...BUILTIN_VIEWS, ...custom]);
  }, [s.packs, t]);
  const search = useMemo(() => createRuleSearch(views), [views]);
  const query = useDeferredValue(s.query);
  const shown = useMemo(() => {
    const byId = new Map(views.map((v) => [v.id, v]));
    const ids = search.search(query);
    const list = ids ? ids.map((id) => byId.get(id)).filter((v): v is RuleView => !!v) : views;
    return list.filter((v) => (!s.category || v.category === s.category) && matchesState(s.settings, v, s.stateFilter));
  }, [views, search, query, s.category, s.stateFilter, s.settings]);

  const selectTab = (tab: OptionsTab) => {
    s.setTab(tab);
    onTab?.(tab);
  };
  const tabLabel: Record<OptionsTab, string> = { rules: t.tabRules, custom: t.tabCustom, packs: t.tabPacks };

  return (
    <StringsContext.Provider value={t}>
      <header className="fo-header">
        <h1>{t.optionsTitle}</h1>
        <nav aria-label={t.optionsNav}>
          <a href={browser.runtime.getURL(LAW_VIEWER_PAGE)} target="_blank" rel="noreferrer" data-testid="nav-laws">
            {t.navLaws}
          </a>
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
            {t.navDashboard}
          </a>
        </nav>
      </header>
      <main className="fo">
        <SitesList sites={sites} onRemove={(p) => void disableSite(p).then(setSites, fail)} />
        <ProfileSection {...profileSectionProps((m) => browser.runtime.sendMessage(m))} />
        {error && <p role="alert">{error}</p>}
        <Tabs tabs={OPTIONS_TABS.map((id) => ({ id, label: tabLabel[id] }))} current={s.tab} label={t.optionsTitle} onSelect={selectTab} />
        <div role="tabpanel" id={panelId(s.tab)} aria-labelledby={tabId(s.tab)} className="fo-panel" tabIndex={0}>
          {s.tab === 'rules' && (
            <RuleLibrary
              views={shown}
              total={views.length}
              settings={s.settings}
              query={s.query}
              category={s.category}
              state={s.stateFilter}
              categories={CATEGORY_LIST}
              expanded={s.expanded}
              docTypeNames={DOC_TYPE_NAMES}
              levelName={levelName}
              lawHref={lawHref}
              onQuery={s.setQuery}
              onCategory={s.setCategory}
              onState={s.setStateFilter}
              onToggleRule={(id, on) => void actions.updateSettings((x) => setRuleOn(x, id, on)).catch(fail)}
              onToggleCategory={(id, on) => void actions.updateSettings((x) => setCategoryOn(x, id, on)).catch(fail)}
              onSeverity={(id, sev) => void actions.updateSettings((x) => setSeverity(x, id, sev)).catch(fail)}
              onDocTypes={(id, types) => void actions.updateSettings((x) => setDocTypeLimit(x, id, types)).catch(fail)}
              onExpand={s.toggleExpanded}
            />
          )}
          {s.tab === 'custom' && (
            <section aria-labelledby="fo-custom-title">
              <h2 id="fo-custom-title" className="fo-sr-only">
                {t.tabCustom}
              </h2>
              <p className="fo-muted">{t.customIntro}</p>
              <CustomRuleList
                rules={localRules(s.packs)}
                onEdit={actions.editCustom}
                onDelete={(id) => void actions.deleteCustom(id).catch(fail)}
                onNew={actions.newCustom}
              />
              <RuleForm
                draft={s.draft}
                editing={s.editing}
                categories={CATEGORY_LIST}
                levelName={levelName}
                issues={s.formIssues}
                results={s.results}
                notice={s.formNotice}
                onChange={s.patchDraft}
                onTest={actions.testDraft}
                onSave={() => void actions.saveDraft().catch(fail)}
                onCancel={actions.newCustom}
              />
            </section>
          )}
          {s.tab === 'packs' && (
            <PackManager
              packs={s.packs}
              localId={LOCAL_PACK_ID}
              busy={s.busy}
              result={s.packResult}
              onToggle={(id, on) => void actions.togglePack(id, on).catch(fail)}
              onExport={actions.exportPack}
              onRemove={(id) => void actions.removePack(id).catch(fail)}
              onImport={(text) => void actions.importPackText(text).catch(fail)}
              onShareLocal={actions.shareLocal}
            />
          )}
        </div>
        <p className="fo-live" role="status" data-testid="options-notice">
          {s.notice}
        </p>
      </main>
    </StringsContext.Provider>
  );
}

/** Saves a file through a temporary link (no downloads permission needed on an extension page). */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
