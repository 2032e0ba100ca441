/**
 * Review records → CSV for Excel and WPS: UTF-8 with a BOM (or they guess GBK), CRLF, a Chinese header row, and
 * cells that start with = + - @ escaped so a spreadsheet never runs them as formulas. Pure, no clock.
 */
import Papa from 'papaparse';
import { ANCHOR_LABEL, KIND_LABEL, SEVERITY_LABEL, STATUS_LABEL, formatTime, type ReviewRecord } from '../db/records';

export const BOM = '\uFEFF';

export interface Column {
  header: string;
  /** Excel column width in characters (XLSX). */
  width: number;
  cell: (r: ReviewRecord) => string | number;
  /** Cells that are times (XLSX writes them as dates). */
  time?: boolean;
}

export const RECORD_COLUMNS: Column[] = [
  { header: '类型', width: 8, cell: (r) => KIND_LABEL[r.kind] },
  { header: '文件标题', width: 30, cell: (r) => r.docTitle },
  { header: '文号', width: 18, cell: (r) => r.docNumber },
  { header: '版本', width: 6, cell: (r) => r.versionN },
  { header: '审核人', width: 10, cell: (r) => r.reviewer },
  { header: '部门', width: 14, cell: (r) => r.department },
  { header: '问题类别', width: 24, cell: (r) => r.categoryName },
  { header: '严重程度', width: 8, cell: (r) => (r.severity ? SEVERITY_LABEL[r.severity] : '') },
  { header: '状态', width: 10, cell: (r) => STATUS_LABEL[r.status] },
  { header: '定位', width: 10, cell: (r) => ANCHOR_LABEL[r.anchor] },
  { header: '原文', width: 40, cell: (r) => r.quote },
  { header: '意见', width: 50, cell: (r) => r.comment },
  { header: '修改建议', width: 40, cell: (r) => r.suggestion },
  { header: '理由', width: 30, cell: (r) => r.reason },
  { header: '法律依据', width: 30, cell: (r) => r.basis },
  { header: '规则', width: 20, cell: (r) => r.ruleId },
  { header: '创建时间', width: 17, cell: (r) => formatTime(r.createdAt), time: true },
  { header: '更新时间', width: 17, cell: (r) => formatTime(r.updatedAt), time: true },
  { header: '修改次数', width: 8, cell: (r) => r.edits },
  { header: '类别代码', width: 20, cell: (r) => r.category },
  { header: '记录ID', width: 38, cell: (r) => r.id },
  { header: '文件ID', width: 38, cell: (r) => r.documentId },
];

/** The whole CSV text, BOM included. */
export function recordsToCsv(records: readonly ReviewRecord[], columns: readonly Column[] = RECORD_COLUMNS): string {
  const data = records.map((r) => columns.map((c) => c.cell(r)));
  return BOM + Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: '\r\n', escapeFormulae: true });
}
