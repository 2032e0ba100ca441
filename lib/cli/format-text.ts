/** Review results -> the human-readable report: a header per file, one block per finding, a summary line. */
import { DOC_TYPE_NAMES } from '../engine/doc-types';
import { CATEGORY_BY_ID } from '../engine/taxonomy';
import type { ReviewResult, Severity } from '../engine/types';
import { formatBasis } from '../export/sarif';
import { lineStarts, positionAt } from '../export/text-position';

export interface FileReview extends ReviewResult {
  file: string;
  /** The text the findings' offsets refer to. */
  text: string;
}

const SOURCE: Record<ReviewResult['document']['docTypeSource'], string> = {
  caller: '指定',
  detected: '识别',
  default: '默认',
};

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function indent(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}

export function countBySeverity(r: ReviewResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  return counts;
}

export function summaryLine(r: FileReview): string {
  const c = countBySeverity(r);
  if (!r.findings.length) return `${r.file}：未发现问题 (no findings)`;
  return `${r.file}：共 ${r.findings.length} 处问题 (findings)：${SEVERITIES.map((s) => `${s} ${c[s]}`).join('，')}`;
}

export function formatFile(r: FileReview): string {
  const d = r.document;
  const meta = [`文件类型 ${DOC_TYPE_NAMES[d.docType]}（${SOURCE[d.docTypeSource]}）`];
  if (d.title) meta.push(`标题 ${d.title}`);
  if (d.docNumber) meta.push(`文号 ${d.docNumber}`);
  const lines = [`== ${r.file} ==`, meta.join('  ')];
  const starts = lineStarts(r.text);
  const pad = '    ';
  for (const f of r.findings) {
    const at = positionAt(starts, f.start);
    const category = CATEGORY_BY_ID.get(f.category)?.name ?? f.category;
    const where = `${at.line}:${at.column}${f.article ? `（${f.article}）` : ''}`;
    lines.push('', `${where}  ${f.severity}  ${category}  [${f.ruleId}]`);
    lines.push(`${pad}原文：“${indent(f.quote, pad)}”`);
    lines.push(`${pad}问题：${indent(f.message, pad)}`);
    if (f.suggestion) lines.push(`${pad}建议：${indent(f.suggestion, pad)}`);
    if (f.replacement !== undefined) lines.push(`${pad}可改为：“${f.replacement}”`);
    if (f.basis.some((b) => b.text))
      for (const b of f.basis) {
        lines.push(`${pad}依据：${formatBasis(b)}`);
        if (b.text) lines.push(`${pad}      ${indent(b.text, `${pad}      `)}`);
      }
    else if (f.basis.length) lines.push(`${pad}依据：${f.basis.map(formatBasis).join('；')}`);
  }
  lines.push('', summaryLine(r));
  return lines.join('\n');
}

export function formatText(results: readonly FileReview[]): string {
  return results.map(formatFile).join('\n\n') + (results.length ? '\n' : '');
}
