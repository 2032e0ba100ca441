import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { ChartsPanel } from '../../components/dashboard/Charts';
import { DocumentTable } from '../../components/dashboard/DocumentTable';
import { EventTable } from '../../components/dashboard/EventTable';
import { FilterBar } from '../../components/dashboard/FilterBar';
import { ProfileForm } from '../../components/dashboard/ProfileForm';
import { RecordDetail } from '../../components/dashboard/RecordDetail';
import { RecordTable } from '../../components/dashboard/RecordTable';
import { Notice, ProgressBar, Toolbar, type ExportKind } from '../../components/dashboard/Toolbar';
import { documentSummaries, eventLines, historyLines } from '../../lib/db/dashboard-view';
import type { ReviewDB } from '../../lib/db/db';
import { byCategory, byStatus, facets, filterRecords, perWeek, type RecordFilter } from '../../lib/db/filter';
import { chainId } from '../../lib/db/log';
import { setProfile } from '../../lib/db/profile';
import { buildRecords, categoryName, formatTime } from '../../lib/db/records';
import { readLog, recentEvents } from '../../lib/db/snapshot';
import { verifyLog } from '../../lib/db/verify';
import { addedTotal, ImportError, importJson } from '../../lib/import/json';
import type { DashboardStrings } from '../../locales/dashboard';
import { download, nextFrame, runExport, type Save } from './actions';
import { createDashboardStore, type Tab } from './store';

export interface DashboardAppProps {
  db: ReviewDB;
  t: DashboardStrings;
  clock?: () => number;
  save?: Save;
  /** Size of the virtual lists before layout (tests). */
  initialRect?: { width: number; height: number };
  /** How many of the latest events the log tab lists. */
  eventLimit?: number;
}

export function DashboardApp({ db, t, clock = Date.now, save = download, initialRect, eventLimit = 5000 }: DashboardAppProps) {
  const [store] = useState(createDashboardStore);
  const tab = useStore(store, (s) => s.tab);
  const filter = useStore(store, (s) => s.filter);
  const selectedId = useStore(store, (s) => s.selectedId);
  const busy = useStore(store, (s) => s.busy);
  const notice = useStore(store, (s) => s.notice);
  const { setTab, setFilter, select, setBusy, setNotice } = store.getState();

  const log = useLiveQuery(() => readLog(db), [db]);
  const events = useLiveQuery(() => (tab === 'events' ? recentEvents(db, eventLimit) : Promise.resolve(undefined)), [db, tab, eventLimit]);
  const localChain = useLiveQuery(() => chainId(db), [db]);

  const records = useMemo(() => (log ? buildRecords(log) : []), [log]);
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterRecords(records, deferredFilter), [records, deferredFilter]);
  const facetValues = useMemo(() => facets(records), [records]);
  const docs = useMemo(() => (log ? documentSummaries(log, log.versions) : []), [log]);
  const docTitles = useMemo(() => new Map(docs.map((d) => [d.id, d.title || d.docNumber || d.url])), [docs]);
  const selected = selectedId ? records.find((r) => r.id === selectedId) : undefined;

  if (!log) return <p className="fd-loading">{t.loading}</p>;

  const description = describeFilter(t, deferredFilter, docTitles);
  const withBusy = async (label: string, job: (progress: (done: number, total: number) => Promise<void>) => Promise<void>) => {
    setNotice(undefined);
    setBusy({ label, done: 0, total: 0 });
    await nextFrame();
    let painted = performance.now();
    try {
      await job(async (done, total) => {
        setBusy({ label, done, total });
        // repaint about ten times a second, not after every chunk
        if (performance.now() - painted > 100) {
          await nextFrame();
          painted = performance.now();
        }
      });
    } catch (err) {
      const text = err instanceof ImportError ? t.importFailed + err.message : err instanceof Error ? err.message : String(err);
      setNotice({ kind: 'error', text });
    } finally {
      setBusy(undefined);
    }
  };

  const onExport = (kind: ExportKind) =>
    withBusy(t.busyExport, async (progress) => {
      const name = await runExport(kind, { db, clock, save, progress }, shown, { documentId: deferredFilter.documentId, description });
      setNotice({ kind: 'ok', text: t.exportDone(name) });
    });

  const onImport = (file: File) =>
    withBusy(t.busyImport, async () => {
      const text = await file.text();
      const report = await importJson(db, text, {
        clock,
        onProgress: async (stage, done, total) => {
          setBusy({ label: `${t.busyImport} ${t.importStages[stage] ?? stage}`, done, total });
          await nextFrame();
        },
      });
      const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
      const parts = Object.entries(report.added)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${t.tables[k] ?? k} ${n}`)
        .join('，');
      setNotice({ kind: 'ok', text: t.importDone(addedTotal(report), sum(report.updated), sum(report.unchanged)) + (parts ? t.importDetail(parts) : '') });
    });

  const onVerify = () =>
    withBusy(t.busyVerify, async (progress) => {
      const r = await verifyLog(db, progress);
      const events = r.chains.reduce((a, c) => a + c.events, 0);
      if (r.ok) {
        setNotice({ kind: 'ok', text: t.verifyOk(events, r.rowsChecked) + (r.unlogged ? ` ${t.verifyUnlogged(r.unlogged)}` : '') });
        return;
      }
      const problems = [
        ...r.chains.filter((c) => !c.ok).map((c) => t.verifyChainBroken(c.local ? t.evLocal : c.chain.slice(0, 8), c.broken?.seq ?? 0, t.verifyReasons[c.broken?.reason ?? 'shape'] ?? '')),
        ...(r.rowIssues.length ? [t.verifyRows(r.rowIssues.length)] : []),
      ];
      setNotice({ kind: 'error', text: t.verifyBroken + problems.join('；') });
    });

  const history = selected ? historyFor(log, selected.id) : [];
  const replies = selected && selected.kind === 'note' ? records.filter((r) => r.parentId === selected.id).sort((a, b) => a.createdAt - b.createdAt) : [];

  const tabs: [Tab, string][] = [
    ['records', t.tabRecords],
    ['documents', t.tabDocuments],
    ['events', t.tabEvents],
    ['charts', t.tabCharts],
  ];

  return (
    <div className="fd">
      <header className="fd-header">
        <h1>{t.title}</h1>
        <span className="fd-badge" title={t.localOnly}>
          {t.localOnly}
        </span>
        <ProfileForm
          t={t}
          profile={log.profile}
          onSave={(p) =>
            void setProfile({ db, clock }, p).then(
              () => setNotice({ kind: 'ok', text: t.profileSaved }),
              (err: unknown) => setNotice({ kind: 'error', text: String(err) }),
            )
          }
        />
      </header>
      <nav className="fd-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'fd-tab-on' : ''} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </nav>
      <Toolbar t={t} busy={!!busy} canOpinion={!!deferredFilter.documentId} onExport={(k) => void onExport(k)} onImport={(f) => void onImport(f)} onVerify={() => void onVerify()} />
      {busy && <ProgressBar label={busy.label} done={busy.done} total={busy.total} />}
      {notice && <Notice kind={notice.kind} text={notice.text} dismiss={t.dismiss} onDismiss={() => setNotice(undefined)} />}
      {log.invalid > 0 && <Notice kind="error" text={t.invalidRows(log.invalid)} dismiss={t.dismiss} onDismiss={() => {}} />}

      {(tab === 'records' || tab === 'charts') && (
        <FilterBar
          t={t}
          filter={filter}
          reviewers={facetValues.reviewers}
          departments={facetValues.departments}
          categories={facetValues.categories.map((c) => ({ value: c, label: categoryName(c) }))}
          documents={docs.map((d) => ({ value: d.id, label: `${d.title || t.untitled}${d.docNumber ? `（${d.docNumber}）` : ''}` }))}
          onChange={setFilter}
          onReset={() => setFilter({})}
        />
      )}

      {tab === 'records' && (
        <main className="fd-main">
          <div className="fd-list">
            <p className="fd-muted" data-testid="shown-count">
              {t.shown(shown.length, records.length)}
            </p>
            {records.length === 0 ? <p className="fd-empty">{t.emptyDb}</p> : shown.length === 0 ? <p className="fd-empty">{t.empty}</p> : null}
            <RecordTable t={t} records={shown} selectedId={selectedId} onSelect={(id) => select(id)} initialRect={initialRect} />
          </div>
          {selected && <RecordDetail t={t} record={selected} history={history} replies={replies} onClose={() => select(undefined)} />}
        </main>
      )}
      {tab === 'documents' && (
        <DocumentTable
          t={t}
          documents={docs}
          onShowRecords={(id) => {
            setFilter({ documentId: id });
            setTab('records');
          }}
          onOpinion={(id) => void withBusy(t.busyExport, async (progress) => {
            const name = await runExport('opinion', { db, clock, save, progress }, [], { documentId: id, description });
            setNotice({ kind: 'ok', text: t.exportDone(name) });
          })}
        />
      )}
      {tab === 'events' && (
        <section className="fd-grow">
          <p className="fd-muted">{t.evRecent(events?.length ?? 0)}</p>
          <EventTable t={t} events={events && localChain ? eventLines(events, localChain, docTitles) : []} initialRect={initialRect} />
        </section>
      )}
      {tab === 'charts' && (
        <ChartsPanel
          t={t}
          categories={byCategory(shown).map((c) => ({ key: c.key, label: categoryName(c.key), count: c.count }))}
          statuses={byStatus(shown).map((c) => ({ key: c.key, label: t.statuses[c.key] ?? c.key, count: c.count }))}
          weeks={perWeek(shown)}
          weekLabel={(w) => formatTime(w).slice(5, 10)}
        />
      )}
    </div>
  );
}

function historyFor(log: NonNullable<Awaited<ReturnType<typeof readLog>>>, id: string) {
  const note = log.notes.find((n) => n.id === id);
  if (note) return historyLines(note);
  const decision = log.decisions.find((d) => d.id === id);
  return decision ? historyLines(decision) : [];
}

function describeFilter(t: DashboardStrings, f: RecordFilter, titles: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (f.documentId) parts.push(`${t.filterDocument}：${titles.get(f.documentId) ?? f.documentId}`);
  if (f.from !== undefined) parts.push(`${t.filterFrom}：${formatTime(f.from)}`);
  if (f.to !== undefined) parts.push(`${t.filterTo}：${formatTime(f.to)}`);
  if (f.reviewer !== undefined) parts.push(`${t.filterReviewer}：${f.reviewer || t.unsigned}`);
  if (f.department !== undefined) parts.push(`${t.filterDepartment}：${f.department}`);
  if (f.category) parts.push(`${t.filterCategory}：${categoryName(f.category)}`);
  if (f.severity) parts.push(`${t.filterSeverity}：${t.severities[f.severity]}`);
  if (f.status) parts.push(`${t.filterStatus}：${t.statuses[f.status]}`);
  if (f.anchor) parts.push(`${t.filterAnchor}：${t.anchors[f.anchor]}`);
  if (f.text) parts.push(`${t.filterText}：${f.text}`);
  return parts.join('；') || t.filterAll;
}
