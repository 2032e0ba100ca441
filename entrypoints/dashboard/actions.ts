/** Exports, import and verification as the dashboard runs them: read, serialise, hand the bytes to `save`. */
import type { ExportKind } from '../../components/dashboard/Toolbar';
import type { ReviewDB } from '../../lib/db/db';
import { listDecisions } from '../../lib/db/decisions';
import { getDocument, getVersion } from '../../lib/db/documents';
import { listNotes } from '../../lib/db/notes';
import { getProfile } from '../../lib/db/profile';
import type { ReviewRecord } from '../../lib/db/records';
import { reviewToSarif } from '../../lib/db/sarif-log';
import { readSnapshot } from '../../lib/db/snapshot';
import { recordsToCsv } from '../../lib/export/csv';
import { serializeExport, toJsonExport } from '../../lib/export/json';
import { buildOpinion } from '../../lib/export/opinion';

export type Save = (name: string, blob: Blob) => void;
export type ProgressFn = (done: number, total: number) => Promise<void>;

export interface ActionContext {
  db: ReviewDB;
  clock: () => number;
  save: Save;
  progress: ProgressFn;
}

/** Lets the browser paint between chunks of work. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Saves a Blob through a temporary link (no downloads permission needed on an extension page). */
export function download(name: string, blob: Blob): void {
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

function stamp(ms: number): string {
  const d = new Date(ms + 8 * 3600_000).toISOString();
  return `${d.slice(0, 10).replace(/-/g, '')}-${d.slice(11, 16).replace(':', '')}`;
}

function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '未命名';
}

/** Builds and saves one export; returns the file name. */
export async function runExport(kind: ExportKind, ctx: ActionContext, records: readonly ReviewRecord[], opts: { documentId?: string; description: string }): Promise<string> {
  const at = stamp(ctx.clock());
  await ctx.progress(0, 0);
  switch (kind) {
    case 'csv': {
      const name = `法审-审核记录-${at}.csv`;
      ctx.save(name, new Blob([recordsToCsv(records)], { type: 'text/csv;charset=utf-8' }));
      return name;
    }
    case 'xlsx': {
      const { recordsToXlsx } = await import('../../lib/export/xlsx');
      const bytes = await recordsToXlsx(records, { clock: ctx.clock, description: opts.description, onProgress: ctx.progress });
      const name = `法审-审核记录-${at}.xlsx`;
      ctx.save(name, new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return name;
    }
    case 'json': {
      const file = toJsonExport(await readSnapshot(ctx.db), { clock: ctx.clock });
      const name = `法审-完整备份-${at}.json`;
      ctx.save(name, new Blob([serializeExport(file)], { type: 'application/json' }));
      return name;
    }
    case 'sarif': {
      const snap = await readSnapshot(ctx.db);
      const ids = new Set(records.map((r) => r.id));
      const docs = new Set(records.map((r) => r.documentId));
      const log = reviewToSarif({
        documents: snap.documents.filter((d) => docs.has(d.id)),
        versions: snap.versions.filter((v) => docs.has(v.documentId)),
        notes: snap.notes.filter((n) => ids.has(n.id)),
        decisions: snap.decisions.filter((d) => ids.has(d.id)),
      });
      const name = `法审-审核记录-${at}.sarif`;
      ctx.save(name, new Blob([JSON.stringify(log, null, 2)], { type: 'application/sarif+json' }));
      return name;
    }
    case 'opinion': {
      if (!opts.documentId) throw new Error('no document');
      const repo = { db: ctx.db, clock: ctx.clock };
      const document = await getDocument(repo, opts.documentId);
      const [version, notes, decisions, reviewer] = await Promise.all([getVersion(repo, document.latestVersionId), listNotes(repo, document.id), listDecisions(repo, document.id), getProfile(repo)]);
      const { opinionToDocx } = await import('../../lib/export/docx');
      const bytes = await opinionToDocx(buildOpinion({ document, version, notes, decisions, reviewer }, { clock: ctx.clock }));
      const name = `合法性审核意见书-${safeName(document.title ?? document.id)}-${at}.docx`;
      ctx.save(name, new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      return name;
    }
  }
}
