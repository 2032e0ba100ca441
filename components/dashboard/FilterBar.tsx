import type { RecordFilter } from '../../lib/db/filter';
import type { AnchorLabel, RecordStatus } from '../../lib/db/records';
import type { Severity } from '../../lib/db/schema';
import type { DashboardStrings } from '../../locales/dashboard';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterBarProps {
  t: DashboardStrings;
  filter: RecordFilter;
  reviewers: string[];
  departments: string[];
  categories: FilterOption[];
  documents: FilterOption[];
  onChange: (next: RecordFilter) => void;
  onReset: () => void;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const STATUSES: RecordStatus[] = ['accepted', 'partial', 'rejected', 'false-positive', 'note', 'reply'];
const ANCHORS: AnchorLabel[] = ['anchored', 'orphan', 'page'];
const DAY = 86_400_000;
const CST = 8 * 3600_000;

/** yyyy-mm-dd (China time) ⇄ ms; `end` gives the day's last millisecond. */
export function dateToMs(value: string, end = false): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`) - CST;
  return Number.isNaN(ms) ? undefined : end ? ms + DAY - 1 : ms;
}

export function msToDate(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms + CST).toISOString().slice(0, 10);
}

function Select(props: { label: string; value: string | undefined; all: string; options: FilterOption[]; onChange: (v: string | undefined) => void; testId: string }) {
  return (
    <label className="fd-field">
      <span>{props.label}</span>
      <select data-testid={props.testId} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ t, filter, reviewers, departments, categories, documents, onChange, onReset }: FilterBarProps) {
  const set = (patch: Partial<RecordFilter>) => {
    const next: RecordFilter = { ...filter, ...patch };
    for (const k of Object.keys(patch) as (keyof RecordFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    onChange(next);
  };
  const isSeverity = (v: string | undefined): v is Severity => SEVERITIES.some((s) => s === v);
  const isStatus = (v: string | undefined): v is RecordStatus => STATUSES.some((s) => s === v);
  const isAnchor = (v: string | undefined): v is AnchorLabel => ANCHORS.some((s) => s === v);
  return (
    <form className="fd-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="fd-field fd-search">
        <span>{t.filterText}</span>
        <input type="search" data-testid="filter-text" value={filter.text ?? ''} placeholder={t.filterTextPlaceholder} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <label className="fd-field">
        <span>{t.filterFrom}</span>
        <input type="date" data-testid="filter-from" value={msToDate(filter.from)} onChange={(e) => set({ from: dateToMs(e.target.value) })} />
      </label>
      <label className="fd-field">
        <span>{t.filterTo}</span>
        <input type="date" data-testid="filter-to" value={msToDate(filter.to === undefined ? undefined : filter.to - DAY + 1)} onChange={(e) => set({ to: dateToMs(e.target.value, true) })} />
      </label>
      <Select testId="filter-document" label={t.filterDocument} all={t.filterAll} value={filter.documentId} options={documents} onChange={(v) => set({ documentId: v })} />
      <Select testId="filter-reviewer" label={t.filterReviewer} all={t.filterAll} value={filter.reviewer} options={reviewers.map((r) => ({ value: r, label: r || t.unsigned }))} onChange={(v) => set({ reviewer: v })} />
      <Select testId="filter-department" label={t.filterDepartment} all={t.filterAll} value={filter.department} options={departments.map((d) => ({ value: d, label: d || t.noDepartment }))} onChange={(v) => set({ department: v })} />
      <Select testId="filter-category" label={t.filterCategory} all={t.filterAll} value={filter.category} options={categories} onChange={(v) => set({ category: v })} />
      <Select testId="filter-severity" label={t.filterSeverity} all={t.filterAll} value={filter.severity} options={SEVERITIES.map((s) => ({ value: s, label: t.severities[s] ?? s }))} onChange={(v) => set({ severity: isSeverity(v) ? v : undefined })} />
      <Select testId="filter-status" label={t.filterStatus} all={t.filterAll} value={filter.status} options={STATUSES.map((s) => ({ value: s, label: t.statuses[s] ?? s }))} onChange={(v) => set({ status: isStatus(v) ? v : undefined })} />
      <Select testId="filter-anchor" label={t.filterAnchor} all={t.filterAll} value={filter.anchor} options={ANCHORS.map((s) => ({ value: s, label: t.anchors[s] ?? s }))} onChange={(v) => set({ anchor: isAnchor(v) ? v : undefined })} />
      <button type="button" className="fd-link" onClick={onReset}>
        {t.filterReset}
      </button>
    </form>
  );
}
