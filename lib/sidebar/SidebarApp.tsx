/** Connects the store and the controller's actions to the presentational <Sidebar>. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { Sidebar } from '../../components/Sidebar';
import { StringsContext } from '../../components/strings';
import { DOC_TYPE_NAMES } from '../engine/doc-types';
import { CATEGORIES, CATEGORY_BY_ID } from '../engine/taxonomy';
import { getStrings, type Locale } from '../../locales';
import type { SidebarActions } from './controller';
import { countBySeverity, groupFindings, visibleFindings } from './grouping';
import { noteViews } from './notes-view';
import type { SidebarStore } from './store';

const categoryName = (id: string) => CATEGORY_BY_ID.get(id)?.name ?? id;
const CATEGORY_ORDER = new Map(CATEGORIES.map((c, i) => [c.id, i]));
const categoryOrder = (id: string) => CATEGORY_ORDER.get(id) ?? CATEGORIES.length;

export interface SidebarAppProps {
  store: SidebarStore;
  actions: SidebarActions;
  locale?: Locale;
  /** Opens the law viewer at a basis article (a message to the background). */
  openLaw?(law: string, article?: string): void;
}

export function SidebarApp({ store, actions, locale = 'zh_CN', openLaw }: SidebarAppProps) {
  const t = getStrings(locale);
  const s = useStore(
    store,
    useShallow((st) => ({
      open: st.open,
      width: st.width,
      editors: st.editors,
      activeEditor: st.activeEditor,
      document: st.document,
      docTypeOverride: st.docTypeOverride,
      findings: st.findings,
      ignored: st.ignored,
      notes: st.notes,
      noteRows: st.noteRows,
      lostNotes: st.lostNotes,
      recognized: !!st.reviewRef,
      decisions: st.decisions,
      fixErrors: st.fixErrors,
      groupBy: st.groupBy,
      selectedId: st.selectedId,
      selectNonce: st.selectNonce,
      textLength: st.textLength,
      reviewMs: st.reviewMs,
      revision: st.revision,
      saveError: st.saveError,
    })),
  );
  const on = useMemo(() => (openLaw ? { ...actions, openLaw } : actions), [actions, openLaw]);
  const visible = useMemo(() => visibleFindings(s.findings, s.ignored), [s.findings, s.ignored]);
  const counts = useMemo(() => countBySeverity(visible), [visible]);
  const groups = useMemo(
    () => groupFindings(visible, s.groupBy, { category: categoryName, noArticle: t.noArticle, categoryOrder }),
    [visible, s.groupBy, t.noArticle],
  );
  const ignoredItems = useMemo(() => {
    const byId = new Map(s.findings.map((f) => [f.id, f]));
    return Object.entries(s.ignored).map(([id, r]) => {
      const f = byId.get(id);
      return { id, quote: f?.quote ?? r.quote, reason: r.reason, statusLabel: t.decisionStatus[r.status], categoryName: f ? categoryName(f.category) : undefined };
    });
  }, [s.findings, s.ignored, t]);
  const reviewNotes = useMemo(() => noteViews(s.noteRows, s.lostNotes), [s.noteRows, s.lostNotes]);
  const kept = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(s.decisions)
          .filter(([, d]) => d.status === 'accepted' || d.status === 'partial')
          .map(([id, d]) => [id, { status: d.status, ...(d.reason ? { reason: d.reason } : {}) }]),
      ),
    [s.decisions],
  );

  return (
    <StringsContext.Provider value={t}>
      <Sidebar
        open={s.open}
        width={s.width}
        editors={s.editors}
        activeEditor={s.activeEditor}
        document={s.document}
        docTypeOverride={s.docTypeOverride}
        docTypeNames={DOC_TYPE_NAMES}
        counts={counts}
        groups={groups}
        groupBy={s.groupBy}
        categoryName={categoryName}
        ignored={ignoredItems}
        notes={s.notes}
        decisions={kept}
        reviewNotes={reviewNotes}
        recognized={s.recognized}
        fixErrors={s.fixErrors}
        selectedId={s.selectedId}
        selectNonce={s.selectNonce}
        textLength={s.textLength}
        reviewMs={s.reviewMs}
        revision={s.revision}
        saveError={s.saveError}
        on={on}
      />
    </StringsContext.Provider>
  );
}
