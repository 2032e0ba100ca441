/**
 * Zod schemas of the rows of the review database (current schema version), shared by the repository functions
 * (rows are parsed on read), the JSON export and the import. A schema and its type share a name.
 */
import { z } from 'zod';

export const Id = z.string().min(1).max(200);
const Millis = z.number().int().nonnegative();
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Author = z.object({ name: z.string().max(100), department: z.string().max(200) });
export type Author = z.infer<typeof Author>;

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const Selectors = z.tuple([TextQuoteSelector, TextPositionSelector]);
export type Selectors = z.infer<typeof Selectors>;

/** Where a note or decision sits in one version: anchored (with fresh selectors) or an orphan (kept, not dropped). */
export const AnchorState = z.object({
  versionId: Id,
  status: z.enum(['anchored', 'orphan']),
  selector: Selectors.optional(),
  method: z.enum(['created', 'position', 'exact', 'fuzzy']).optional(),
  score: z.number().min(0).max(1).optional(),
});
export type AnchorState = z.infer<typeof AnchorState>;

export const LegalBasis = z.object({ law: z.string().max(500), article: z.string().max(200).optional(), text: z.string().max(20_000).optional() });

/** The engine's Finding (lib/engine/types.ts), as received from the sidebar and kept with a decision. */
export const FindingData = z.object({
  id: Id,
  ruleId: z.string().max(200),
  category: z.string().max(200),
  severity: Severity,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().max(20_000),
  message: z.string().max(20_000),
  suggestion: z.string().max(20_000).optional(),
  replacement: z.string().max(20_000).optional(),
  basis: z.array(LegalBasis).max(50),
  article: z.string().max(100).optional(),
});
export type FindingData = z.infer<typeof FindingData>;

export const DocumentRow = z.object({
  id: Id,
  rev: z.number().int().nonnegative(),
  url: z.string().max(4096),
  title: z.string().max(1000).optional(),
  docNumber: z.string().max(200).optional(),
  issuer: z.string().max(500).optional(),
  docType: z.string().max(100).optional(),
  createdAt: Millis,
  updatedAt: Millis,
  latestVersionId: Id,
  versionCount: z.number().int().positive(),
  /** MinHash of the latest version (lib/fingerprint.ts). */
  fingerprint: z.array(z.number().int().nonnegative()),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const VersionRow = z.object({
  id: Id,
  documentId: Id,
  /** 1, 2, 3 … in the order first seen. */
  n: z.number().int().positive(),
  text: z.string().max(5_000_000),
  textHash: z.string().min(1).max(64),
  fingerprint: z.array(z.number().int().nonnegative()),
  url: z.string().max(4096),
  title: z.string().max(1000).optional(),
  docNumber: z.string().max(200).optional(),
  createdAt: Millis,
  author: Author.optional(),
  /** How this version was recognised as belonging to its document, and the MinHash similarity to the previous one. */
  matchedBy: z.enum(['new', 'docNumber', 'fingerprint', 'url', 'title', 'migration']),
  similarity: z.number().min(0).max(1).optional(),
});
export type VersionRow = z.infer<typeof VersionRow>;

export const NoteContent = z.object({
  comment: z.string().max(20_000),
  category: z.string().max(200).optional(),
  severity: Severity.optional(),
  suggestion: z.string().max(20_000).optional(),
});
export type NoteContent = z.infer<typeof NoteContent>;

export const NoteHistoryEntry = NoteContent.extend({ at: Millis, author: Author });
export type NoteHistoryEntry = z.infer<typeof NoteHistoryEntry>;

export const NoteRow = NoteContent.extend({
  id: Id,
  rev: z.number().int().nonnegative(),
  documentId: Id,
  /** The version the note was written on. */
  versionId: Id,
  /** Set on replies: the note replied to. Replies have no target. */
  parentId: Id.optional(),
  findingId: Id.optional(),
  ruleId: z.string().max(200).optional(),
  /** Selectors as written (never rewritten): the quote an orphan keeps. Absent for page notes and replies. */
  target: Selectors.optional(),
  /** Where the note sits in the document's latest version. */
  anchor: AnchorState.optional(),
  /** Who wrote the note (stamped from the reviewer profile). */
  author: Author,
  /** Who made the latest edit, when it was edited. */
  editedBy: Author.optional(),
  createdAt: Millis,
  updatedAt: Millis,
  /** Earlier states, oldest first, each with who wrote it and when; the row itself holds the current one. */
  history: z.array(NoteHistoryEntry),
});
export type NoteRow = z.infer<typeof NoteRow>;

export const DECISION_STATUSES = ['accepted', 'partial', 'rejected', 'false-positive'] as const;
export const DecisionStatus = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof DecisionStatus>;
/** 不采纳 and 误报 need a reason. */
export const NEEDS_REASON: ReadonlySet<DecisionStatus> = new Set(['rejected', 'false-positive']);

export const DecisionHistoryEntry = z.object({ status: DecisionStatus, reason: z.string().max(5000).optional(), at: Millis, author: Author });
export type DecisionHistoryEntry = z.infer<typeof DecisionHistoryEntry>;

export const DecisionRow = z.object({
  id: Id,
  rev: z.number().int().nonnegative(),
  documentId: Id,
  versionId: Id,
  findingId: Id,
  finding: FindingData,
  target: Selectors,
  anchor: AnchorState.optional(),
  status: DecisionStatus,
  reason: z.string().max(5000).optional(),
  /** Who made the current decision; earlier decisions are in history. */
  author: Author,
  createdAt: Millis,
  updatedAt: Millis,
  history: z.array(DecisionHistoryEntry),
});
export type DecisionRow = z.infer<typeof DecisionRow>;

export const EVENT_TYPES = [
  'document.create',
  'version.create',
  'note.add',
  'note.edit',
  'note.reply',
  'decision.set',
  'profile.set',
  'import.merge',
  'schema.upgrade',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const TABLES = ['documents', 'versions', 'notes', 'decisions', 'meta'] as const;
export const RowRef = z.object({ t: z.enum(TABLES), id: Id, h: Hex64 });
export type RowRef = z.infer<typeof RowRef>;

/** One entry of the append-only log. `hash` = SHA-256 of prevHash + the canonical JSON of the other fields. */
export const EventRow = z.object({
  /** Which installation wrote it; imported logs keep their own chain. */
  chain: Id,
  seq: z.number().int().positive(),
  id: Id,
  at: Millis,
  type: EventType,
  actor: Author,
  documentId: Id.optional(),
  entityId: Id.optional(),
  /** What changed (JSON). */
  data: z.record(z.string(), z.unknown()),
  /** Hashes of the rows as written by this transaction. */
  rows: z.array(RowRef),
  prevHash: Hex64,
  hash: Hex64,
});
export type EventRow = z.infer<typeof EventRow>;

export const Profile = z.object({ name: z.string().trim().min(1).max(100), department: z.string().trim().max(200) });
export type Profile = z.infer<typeof Profile>;

export const MetaRow = z.object({ key: z.string().min(1).max(100), value: z.unknown() });
export type MetaRow = z.infer<typeof MetaRow>;
