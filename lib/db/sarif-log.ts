/**
 * Review records → SARIF 2.1.0 through the existing serialiser (lib/export/sarif.ts). One artifact per document
 * version that holds something: decisions and notes anchored in the latest version point into it; orphans point
 * into the version they were written on. Decisions 不采纳/误报 become SARIF suppressions with the reason; every
 * result carries the decision or note (who, when, status) in its properties.
 */
import type { Finding } from '../engine/types';
import { toSarif, type SarifFileInput, type SarifLog } from '../export/sarif';
import { STATUS_LABEL } from './records';
import type { DecisionRow, DocumentRow, NoteRow, VersionRow } from './schema';

export interface SarifInput {
  documents: readonly DocumentRow[];
  versions: readonly VersionRow[];
  notes: readonly NoteRow[];
  decisions: readonly DecisionRow[];
  toolVersion?: string;
}

type Extra = { kind: 'decision'; row: DecisionRow } | { kind: 'note'; row: NoteRow };

function position(row: { target?: DecisionRow['target']; anchor?: DecisionRow['anchor'] }, latestId: string) {
  if (row.anchor?.status === 'anchored' && row.anchor.selector && row.anchor.versionId === latestId)
    return { versionId: latestId, start: row.anchor.selector[1].start, end: row.anchor.selector[1].end, quote: row.anchor.selector[0].exact };
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function reviewToSarif(input: SarifInput): SarifLog {
  const versions = new Map(input.versions.map((v) => [v.id, v]));
  const files = new Map<string, SarifFileInput & { findings: Finding[] }>();
  const extras: Extra[] = [];
  const perFile = new Map<string, Extra[]>();
  const docs = new Map(input.documents.map((d) => [d.id, d]));

  const add = (doc: DocumentRow, versionId: string, finding: Finding, extra: Extra) => {
    const v = versions.get(versionId);
    if (!v) return;
    let f = files.get(versionId);
    if (!f) {
      const name = `${doc.title || doc.url || doc.id}（第${v.n}稿）`;
      f = { file: name, uri: `${doc.url || `fashen:document/${doc.id}`}#fashen-version=${v.n}`, text: v.text, extracted: true, mimeType: 'text/plain', findings: [] };
      files.set(versionId, f);
      perFile.set(versionId, []);
    }
    f.findings.push(finding);
    perFile.get(versionId)!.push(extra);
  };

  for (const d of input.decisions) {
    const doc = docs.get(d.documentId);
    if (!doc) continue;
    const pos = position(d, doc.latestVersionId) ?? { versionId: d.versionId, start: d.target[1].start, end: d.target[1].end, quote: d.target[0].exact };
    add(doc, pos.versionId, { ...d.finding, start: pos.start, end: pos.end, quote: pos.quote }, { kind: 'decision', row: d });
  }
  for (const n of input.notes) {
    const doc = docs.get(n.documentId);
    if (!doc || !n.target || n.parentId) continue;
    const pos = position(n, doc.latestVersionId) ?? { versionId: n.versionId, start: n.target[1].start, end: n.target[1].end, quote: n.target[0].exact };
    add(
      doc,
      pos.versionId,
      {
        id: `note:${n.id}`,
        ruleId: n.ruleId || 'reviewer-note',
        category: n.category || 'reviewer-note',
        severity: n.severity ?? 'info',
        start: pos.start,
        end: pos.end,
        quote: pos.quote,
        message: n.comment || n.suggestion || '审核批注',
        ...(n.suggestion ? { suggestion: n.suggestion } : {}),
        basis: [],
      },
      { kind: 'note', row: n },
    );
  }
  for (const id of files.keys()) extras.push(...perFile.get(id)!);

  const log = toSarif([...files.values()], { toolVersion: input.toolVersion });
  const results = log.runs[0].results;
  if (Array.isArray(results))
    results.forEach((r: unknown, i) => {
      const extra = extras[i];
      if (!isObject(r) || !extra) return;
      const props = isObject(r.properties) ? r.properties : {};
      if (extra.kind === 'decision') {
        const d = extra.row;
        r.properties = {
          ...props,
          decision: { status: d.status, label: STATUS_LABEL[d.status], reason: d.reason, reviewer: d.author, at: new Date(d.updatedAt).toISOString() },
          anchor: d.anchor?.status ?? 'anchored',
        };
        if (d.status === 'rejected' || d.status === 'false-positive')
          r.suppressions = [{ kind: 'external', status: 'accepted', justification: `${STATUS_LABEL[d.status]}：${d.reason ?? ''}` }];
      } else {
        const n = extra.row;
        r.properties = { ...props, note: { author: n.author, at: new Date(n.updatedAt).toISOString(), edits: n.history.length }, anchor: n.anchor?.status ?? 'anchored' };
      }
    });
  return log;
}
