/** Dashboard filters over review records, and the counts the charts draw. Pure; one pass per call. */
import type { AnchorLabel, RecordStatus, ReviewRecord } from './records';
import type { Severity } from './schema';

export interface RecordFilter {
  /** Inclusive bounds in ms; undefined = open. */
  from?: number;
  to?: number;
  reviewer?: string;
  department?: string;
  category?: string;
  severity?: Severity;
  status?: RecordStatus;
  anchor?: AnchorLabel;
  documentId?: string;
  /** Full-text query: every whitespace-separated term must occur (case-insensitive). */
  text?: string;
}

export function filterRecords(records: readonly ReviewRecord[], f: RecordFilter): ReviewRecord[] {
  const terms = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out: ReviewRecord[] = [];
  outer: for (const r of records) {
    if (f.from !== undefined && r.updatedAt < f.from) continue;
    if (f.to !== undefined && r.updatedAt > f.to) continue;
    if (f.reviewer !== undefined && r.reviewer !== f.reviewer) continue;
    if (f.department !== undefined && r.department !== f.department) continue;
    if (f.category !== undefined && r.category !== f.category) continue;
    if (f.severity !== undefined && r.severity !== f.severity) continue;
    if (f.status !== undefined && r.status !== f.status) continue;
    if (f.anchor !== undefined && r.anchor !== f.anchor) continue;
    if (f.documentId !== undefined && r.documentId !== f.documentId) continue;
    for (const t of terms) if (!r.search.includes(t)) continue outer;
    out.push(r);
  }
  return out;
}

export interface FacetValues {
  reviewers: string[];
  departments: string[];
  categories: string[];
}

export function facets(records: readonly ReviewRecord[]): FacetValues {
  const reviewers = new Set<string>();
  const departments = new Set<string>();
  const categories = new Set<string>();
  for (const r of records) {
    reviewers.add(r.reviewer);
    departments.add(r.department);
    if (r.category) categories.add(r.category);
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { reviewers: sort(reviewers), departments: sort(departments), categories: sort(categories) };
}

export interface Count {
  key: string;
  count: number;
}

function tally(keys: Iterable<string>): Count[] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function* pick(records: readonly ReviewRecord[], get: (r: ReviewRecord) => string | undefined) {
  for (const r of records) {
    const k = get(r);
    if (k) yield k;
  }
}

/** Findings and notes by taxonomy category (replies not counted). */
export function byCategory(records: readonly ReviewRecord[]): Count[] {
  return tally(pick(records, (r) => (r.kind !== 'reply' ? r.category : undefined)));
}

/** Decisions by status. */
export function byStatus(records: readonly ReviewRecord[]): Count[] {
  return tally(pick(records, (r) => (r.kind === 'decision' ? r.status : undefined)));
}

const WEEK = 7 * 24 * 3600_000;
/** Monday 00:00 China time of the week holding `ms`, as a UTC ms timestamp. */
export function weekStart(ms: number, offsetMinutes = 480): number {
  const local = ms + offsetMinutes * 60_000;
  const day = Math.floor(local / 86_400_000);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday → Monday = 0
  return (day - weekday) * 86_400_000 - offsetMinutes * 60_000;
}

/** Records (notes, replies, decisions) per week, oldest first, with empty weeks filled in. */
export function perWeek(records: readonly ReviewRecord[]): { week: number; count: number }[] {
  if (!records.length) return [];
  const m = new Map<number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of records) {
    const w = weekStart(r.createdAt);
    m.set(w, (m.get(w) ?? 0) + 1);
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  const out: { week: number; count: number }[] = [];
  for (let w = lo; w <= hi && out.length < 520; w += WEEK) out.push({ week: w, count: m.get(w) ?? 0 });
  return out;
}
