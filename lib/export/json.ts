/**
 * The lossless JSON export of the review database (every row as stored, version texts and the whole event log
 * with its hashes) and its zod schema, which the import validates against before writing anything.
 * Pure: the clock is injected.
 */
import { z } from 'zod';
import type { Snapshot } from '../db/snapshot';
import { DecisionRow, DocumentRow, EventRow, NoteRow, Profile, VersionRow } from '../db/schema';

export const EXPORT_FORMAT = 'fashen-review-log';
/** Bump when the file layout changes; the import accepts this version and older ones it knows. */
export const EXPORT_SCHEMA_VERSION = 1;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  source: z.object({ app: z.literal('fashen'), chain: z.string().min(1), dbVersion: z.number().int().positive() }),
  profile: Profile.nullable(),
  documents: z.array(DocumentRow),
  versions: z.array(VersionRow),
  notes: z.array(NoteRow),
  decisions: z.array(DecisionRow),
  events: z.array(EventRow),
});
export type ExportFile = z.infer<typeof ExportFile>;

export function toJsonExport(snapshot: Snapshot, options: { clock: () => number }): ExportFile {
  return ExportFile.parse({
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date(options.clock()).toISOString(),
    source: { app: 'fashen', chain: snapshot.chain, dbVersion: snapshot.dbVersion },
    profile: snapshot.profile ?? null,
    documents: snapshot.documents,
    versions: snapshot.versions,
    notes: snapshot.notes,
    decisions: snapshot.decisions,
    events: snapshot.events,
  });
}

/** Pretty enough to diff, compact enough for 100 000 notes: one row per line. */
export function serializeExport(file: ExportFile): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(file);
  entries.forEach(([k, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(v)) {
      lines.push(`  ${JSON.stringify(k)}: [`);
      v.forEach((row, j) => lines.push(`    ${JSON.stringify(row)}${j < v.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
  });
  lines.push('}');
  return lines.join('\n');
}
