/**
 * Messages for the review database (issue 4), to be merged into lib/messaging.ts's ToBackground union by the lead.
 * Content scripts and extension pages send them; the background parses with ReviewToBackground and answers with
 * handleReviewMessage() (lib/db/handler.ts). Replies are parsed by the sender with REVIEW_RESPONSES[type].
 */
import { z } from 'zod';
import { DecisionRow, DecisionStatus, DocumentRow, FindingData, Id, NEEDS_REASON, NoteContent, NoteRow, Profile, VersionRow } from './schema';

const Url = z.string().min(1).max(4096);

export const ReviewToBackground = z.discriminatedUnion('type', [
  /** The sidebar sends the current plain text after each extraction; gets the document, version and anchored notes. */
  z.object({
    type: z.literal('review.recognize'),
    url: Url,
    text: z.string().min(1).max(2_000_000),
    meta: z
      .object({
        title: z.string().max(1000).optional(),
        docNumber: z.string().max(200).optional(),
        issuer: z.string().max(500).optional(),
        docType: z.string().max(100).optional(),
      })
      .default({}),
  }),
  z.object({
    type: z.literal('review.note.add'),
    documentId: Id,
    versionId: Id,
    /** Offsets into the recognised version's text; exact is checked against it. Absent: a page note. */
    span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), exact: z.string().max(20_000) }).optional(),
    findingId: Id.optional(),
    ruleId: z.string().max(200).optional(),
    note: NoteContent,
  }),
  z.object({ type: z.literal('review.note.edit'), noteId: Id, patch: NoteContent.partial() }),
  z.object({ type: z.literal('review.note.reply'), noteId: Id, comment: z.string().min(1).max(20_000) }),
  z
    .object({
      type: z.literal('review.decide'),
      documentId: Id,
      versionId: Id,
      finding: FindingData,
      status: DecisionStatus,
      reason: z.string().max(5000).optional(),
    })
    .refine((m) => !NEEDS_REASON.has(m.status) || !!m.reason?.trim(), { message: '不采纳和误报需要填写理由', path: ['reason'] }),
  z.object({ type: z.literal('review.list'), documentId: Id, versionId: Id.optional() }),
  z.object({ type: z.literal('review.profile.get') }),
  z.object({ type: z.literal('review.profile.set'), profile: Profile }),
]);
export type ReviewToBackground = z.infer<typeof ReviewToBackground>;
export type ReviewMessageType = ReviewToBackground['type'];

/** Only the extension's own pages (options, dashboard) may change the profile. */
export const REVIEW_PAGE_ONLY: ReadonlySet<ReviewMessageType> = new Set(['review.profile.set']);

const VersionSummary = VersionRow.omit({ text: true, fingerprint: true }).extend({ length: z.number().int().nonnegative() });

export const RecognizeReply = z.object({
  ok: z.literal(true),
  document: DocumentRow,
  version: VersionSummary,
  created: z.enum(['none', 'version', 'document']),
  matchedBy: z.string(),
  similarity: z.number().optional(),
  notes: z.array(NoteRow),
  decisions: z.array(DecisionRow),
});
export const NoteReply = z.object({ ok: z.literal(true), note: NoteRow });
export const DecisionReply = z.object({ ok: z.literal(true), decision: DecisionRow });
export const ListReply = z.object({
  ok: z.literal(true),
  document: DocumentRow,
  versions: z.array(VersionSummary),
  versionId: Id,
  notes: z.array(NoteRow),
  decisions: z.array(DecisionRow),
});
export const ProfileReply = z.object({ ok: z.literal(true), profile: Profile.nullable() });
export const ReviewFailure = z.object({ ok: z.literal(false), error: z.string(), code: z.string().optional() });

interface ReviewReplies {
  'review.recognize': z.infer<typeof RecognizeReply>;
  'review.note.add': z.infer<typeof NoteReply>;
  'review.note.edit': z.infer<typeof NoteReply>;
  'review.note.reply': z.infer<typeof NoteReply>;
  'review.decide': z.infer<typeof DecisionReply>;
  'review.list': z.infer<typeof ListReply>;
  'review.profile.get': z.infer<typeof ProfileReply>;
  'review.profile.set': z.infer<typeof ProfileReply>;
}
export type ReviewResponseOf<K extends ReviewMessageType> = ReviewReplies[K];

export const REVIEW_RESPONSES: { [K in ReviewMessageType]: z.ZodType<ReviewReplies[K]> } = {
  'review.recognize': RecognizeReply,
  'review.note.add': NoteReply,
  'review.note.edit': NoteReply,
  'review.note.reply': NoteReply,
  'review.decide': DecisionReply,
  'review.list': ListReply,
  'review.profile.get': ProfileReply,
  'review.profile.set': ProfileReply,
};

export type ReviewFailure = z.infer<typeof ReviewFailure>;

/** Parses a reply for the sender: the typed success, or a failure (also when the reply is malformed). */
export function parseReviewReply<K extends ReviewMessageType>(type: K, raw: unknown): ReviewResponseOf<K> | ReviewFailure {
  const failure = ReviewFailure.safeParse(raw);
  if (failure.success) return failure.data;
  const schema: z.ZodType<ReviewResponseOf<K>> = REVIEW_RESPONSES[type];
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : { ok: false, error: `malformed reply to ${type}` };
}
