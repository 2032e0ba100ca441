/** What the dashboard shows, derived from the database rows. Pure. */
import { MATCH_LABEL, STATUS_LABEL, TABLE_LABEL, type RecordStatus } from './records';
import type { LogSnapshot, VersionInfo } from './snapshot';
import type { DecisionRow, EventRow, NoteRow } from './schema';

export interface VersionLine {
  id: string;
  n: number;
  createdAt: number;
  matchedBy: string;
  similarity?: number;
  length: number;
  author: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  docNumber: string;
  url: string;
  updatedAt: number;
  notes: number;
  decisions: number;
  versions: VersionLine[];
}

export interface EventLine {
  key: string;
  chain: string;
  local: boolean;
  seq: number;
  at: number;
  type: string;
  actor: string;
  document: string;
  summary: string;
  hash: string;
}

export interface HistoryLine {
  at: number;
  who: string;
  text: string;
}

const isStatus = (s: unknown): s is RecordStatus => typeof s === 'string' && s in STATUS_LABEL;

export function documentSummaries(log: Pick<LogSnapshot, 'documents' | 'notes' | 'decisions'>, versions: readonly VersionInfo[]): DocumentSummary[] {
  const notes = new Map<string, number>();
  const decisions = new Map<string, number>();
  for (const n of log.notes) notes.set(n.documentId, (notes.get(n.documentId) ?? 0) + 1);
  for (const d of log.decisions) decisions.set(d.documentId, (decisions.get(d.documentId) ?? 0) + 1);
  const byDoc = new Map<string, VersionInfo[]>();
  for (const v of versions) {
    const list = byDoc.get(v.documentId);
    if (list) list.push(v);
    else byDoc.set(v.documentId, [v]);
  }
  return [...log.documents]
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((d) => ({
      id: d.id,
      title: d.title ?? '',
      docNumber: d.docNumber ?? '',
      url: d.url,
      updatedAt: d.updatedAt,
      notes: notes.get(d.id) ?? 0,
      decisions: decisions.get(d.id) ?? 0,
      versions: (byDoc.get(d.id) ?? [])
        .sort((a, b) => a.n - b.n)
        .map((v) => ({
          id: v.id,
          n: v.n,
          createdAt: v.createdAt,
          matchedBy: v.matchedBy,
          ...(v.similarity !== undefined ? { similarity: v.similarity } : {}),
          length: v.length,
          author: v.author?.name ?? '',
        })),
    }));
}

function short(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 59)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** One line per event: the interesting parts of its data, shortened. */
export function eventLines(events: readonly EventRow[], localChain: string, docTitles: ReadonlyMap<string, string>): EventLine[] {
  return events.map((e) => {
    const d = e.data;
    const parts: string[] = [];
    if (e.type === 'decision.set' && isStatus(d.status)) parts.push(STATUS_LABEL[d.status]);
    for (const k of ['comment', 'reason', 'quote', 'n', 'name', 'department'] as const) if (short(d[k])) parts.push(`${k === 'n' ? '第' : ''}${short(d[k])}${k === 'n' ? '稿' : ''}`);
    if (typeof d.matchedBy === 'string') parts.push(MATCH_LABEL[d.matchedBy] ?? d.matchedBy);
    if (e.type === 'import.merge' && d.added && typeof d.added === 'object')
      parts.push(
        `新增 ${Object.entries(d.added)
          .map(([k, n]) => `${TABLE_LABEL[k] ?? k} ${short(n)}`)
          .join('，')}`,
      );
    if (e.type === 'note.edit' && d.changed && typeof d.changed === 'object') parts.push(Object.keys(d.changed).join(', '));
    return {
      key: `${e.chain}:${e.seq}`,
      chain: e.chain,
      local: e.chain === localChain,
      seq: e.seq,
      at: e.at,
      type: e.type,
      actor: e.actor.name,
      document: e.documentId ? (docTitles.get(e.documentId) ?? e.documentId.slice(0, 8)) : '',
      summary: parts.join(' · '),
      hash: e.hash,
    };
  });
}

/** A note's or decision's earlier states, oldest first, then the current one. */
export function historyLines(row: NoteRow | DecisionRow): HistoryLine[] {
  if ('finding' in row) {
    const lines = row.history.map((h) => ({ at: h.at, who: h.author.name, text: `${STATUS_LABEL[h.status]}${h.reason ? `：${h.reason}` : ''}` }));
    return lines.length ? [...lines, { at: row.updatedAt, who: row.author.name, text: `${STATUS_LABEL[row.status]}${row.reason ? `：${row.reason}` : ''}` }] : [];
  }
  const text = (h: { comment: string; suggestion?: string }) => [h.comment, h.suggestion && `→ ${h.suggestion}`].filter(Boolean).join(' ');
  const lines = row.history.map((h) => ({ at: h.at, who: h.author.name, text: text(h) }));
  return lines.length ? [...lines, { at: row.updatedAt, who: (row.editedBy ?? row.author).name, text: text(row) }] : [];
}
