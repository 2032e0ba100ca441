/**
 * The review log as flat records: one per note, reply and decision, with its document's title and 文号. What the
 * dashboard lists and filters, and what the CSV and XLSX exports write. Pure (no Dexie, no clock).
 */
import { CATEGORY_BY_ID } from '../engine/taxonomy';
import { formatBasis } from '../export/sarif';
import type { DecisionRow, DecisionStatus, DocumentRow, NoteRow, Severity, VersionRow } from './schema';

export type RecordKind = 'note' | 'reply' | 'decision';
export type RecordStatus = DecisionStatus | 'note' | 'reply';
export type AnchorLabel = 'anchored' | 'orphan' | 'page';

export interface ReviewRecord {
  kind: RecordKind;
  id: string;
  documentId: string;
  docTitle: string;
  docNumber: string;
  /** Version the record was written on (1, 2, …). */
  versionN: number;
  reviewer: string;
  department: string;
  category: string;
  categoryName: string;
  severity: Severity | '';
  status: RecordStatus;
  anchor: AnchorLabel;
  quote: string;
  comment: string;
  suggestion: string;
  reason: string;
  basis: string;
  ruleId: string;
  findingId: string;
  parentId: string;
  createdAt: number;
  updatedAt: number;
  /** How many earlier states the history keeps. */
  edits: number;
  /** Lower-cased text the full-text search looks in. */
  search: string;
}

export const STATUS_LABEL: Record<RecordStatus, string> = {
  accepted: '采纳',
  partial: '部分采纳',
  rejected: '不采纳',
  'false-positive': '误报',
  note: '批注',
  reply: '回复',
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const ANCHOR_LABEL: Record<AnchorLabel, string> = { anchored: '已定位', orphan: '未能定位（孤立）', page: '全文' };
export const MATCH_LABEL: Record<string, string> = { new: '首次识别', docNumber: '按文号识别', fingerprint: '按文本指纹识别', url: '按网址识别', title: '按标题识别', migration: '数据升级' };
export const TABLE_LABEL: Record<string, string> = { documents: '文件', versions: '版本', notes: '批注', decisions: '决定', events: '日志' };
export const KIND_LABEL: Record<RecordKind, string> = { note: '批注', reply: '回复', decision: '处理决定' };

export function categoryName(id: string | undefined): string {
  if (!id) return '';
  return CATEGORY_BY_ID.get(id)?.name ?? id;
}

/** 2025-03-03 10:00 in China Standard Time (UTC+8, no daylight saving), whatever the machine's zone. */
export function formatTime(ms: number, offsetMinutes = 480): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export interface LogTables {
  documents: readonly DocumentRow[];
  /** Only id, documentId and n are needed. */
  versions: readonly Pick<VersionRow, 'id' | 'documentId' | 'n'>[];
  notes: readonly NoteRow[];
  decisions: readonly DecisionRow[];
}

function anchorLabel(row: { target?: unknown; anchor?: { status: 'anchored' | 'orphan' } }): AnchorLabel {
  if (!row.target) return 'page';
  return row.anchor?.status === 'orphan' ? 'orphan' : 'anchored';
}

export function buildRecords(log: LogTables): ReviewRecord[] {
  const docs = new Map(log.documents.map((d) => [d.id, d]));
  const versionN = new Map(log.versions.map((v) => [v.id, v.n]));
  const out: ReviewRecord[] = [];
  type Input = Omit<ReviewRecord, 'search' | 'docTitle' | 'docNumber' | 'categoryName' | 'versionN'> & { versionId: string };
  const push = (r: Input) => {
    const doc = docs.get(r.documentId);
    const docTitle = doc?.title ?? '';
    const docNumber = doc?.docNumber ?? '';
    const catName = categoryName(r.category);
    // a literal with a fixed key order: 100,000 records filter ~20× faster than spread-built ones
    out.push({
      kind: r.kind,
      id: r.id,
      documentId: r.documentId,
      docTitle,
      docNumber,
      versionN: versionN.get(r.versionId) ?? 0,
      reviewer: r.reviewer,
      department: r.department,
      category: r.category,
      categoryName: catName,
      severity: r.severity,
      status: r.status,
      anchor: r.anchor,
      quote: r.quote,
      comment: r.comment,
      suggestion: r.suggestion,
      reason: r.reason,
      basis: r.basis,
      ruleId: r.ruleId,
      findingId: r.findingId,
      parentId: r.parentId,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      edits: r.edits,
      search: [docTitle, docNumber, r.quote, r.comment, r.suggestion, r.reason, r.basis, r.reviewer, r.department, catName, r.ruleId].join('\u0001').toLowerCase(),
    });
  };
  for (const n of log.notes)
    push({
      kind: n.parentId ? 'reply' : 'note',
      id: n.id,
      documentId: n.documentId,
      versionId: n.versionId,
      reviewer: n.author.name,
      department: n.author.department,
      category: n.category ?? '',
      severity: n.severity ?? '',
      status: n.parentId ? 'reply' : 'note',
      anchor: anchorLabel(n),
      quote: n.target?.[0].exact ?? '',
      comment: n.comment,
      suggestion: n.suggestion ?? '',
      reason: '',
      basis: '',
      ruleId: n.ruleId ?? '',
      findingId: n.findingId ?? '',
      parentId: n.parentId ?? '',
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
      edits: n.history.length,
    });
  for (const d of log.decisions)
    push({
      kind: 'decision',
      id: d.id,
      documentId: d.documentId,
      versionId: d.versionId,
      reviewer: d.author.name,
      department: d.author.department,
      category: d.finding.category,
      severity: d.finding.severity,
      status: d.status,
      anchor: anchorLabel(d),
      quote: d.target[0].exact,
      comment: d.finding.message,
      suggestion: d.finding.suggestion ?? '',
      reason: d.reason ?? '',
      basis: d.finding.basis.map(formatBasis).join('；'),
      ruleId: d.finding.ruleId,
      findingId: d.findingId,
      parentId: '',
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      edits: d.history.length,
    });
  return out.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}
