/**
 * The whole message protocol: one zod discriminated union per direction, parsed on receipt.
 *   ToBackground: content scripts and extension pages → background (the review database's `review.*` messages from
 *                 lib/db/messages.ts, the page's corrected document type, sites, engine, law viewer).
 *   ToContent:    background and popup → the content script of a tab (open the sidebar, counts, teardown).
 * Responses are parsed too, by the sender, with the schema named in RESPONSES. zod/mini for the messages defined
 * here; the review messages share the database's row schemas (lib/db/schema.ts).
 */
import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { REVIEW_PAGE_ONLY, REVIEW_RESPONSES, ReviewToBackground, type ReviewMessageType, type ReviewResponseOf } from './db/messages';
import { DOC_TYPES } from './engine/types';

const Text = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));
const Id = Text(200, 1);
/** origin + path of the reviewed page, e.g. https://oa.example.gov.cn/drafts/edit */
export const PageKey = Text(2048, 1);
export type PageKey = z.infer<typeof PageKey>;
export const DocTypeId = z.enum(DOC_TYPES);
const Pattern = Text(512, 1);

export const IgnoreRecord = z.object({
  reason: Text(2000, 1),
  ruleId: Text(200),
  quote: Text(2000),
  at: z.number(),
});
export type IgnoreRecord = z.infer<typeof IgnoreRecord>;

export const NoteRecord = z.object({ text: Text(20_000), ruleId: z.optional(Text(200)), quote: z.optional(Text(2000)), at: z.number() });
export type NoteRecord = z.infer<typeof NoteRecord>;

/**
 * What is kept per page in browser.storage.local under pageRecordKey(pageKey): the corrected document type. `ignored`
 * and `notes` are what releases before the review database kept there; the sidebar moves them into the database
 * (lib/sidebar/legacy.ts) and drops them with page.migrated.
 */
export const PageRecord = z.object({
  ignored: z._default(z.record(z.string(), IgnoreRecord), {}),
  notes: z._default(z.record(z.string(), NoteRecord), {}),
  docType: z.optional(DocTypeId),
});
export type PageRecord = z.infer<typeof PageRecord>;

export const EnabledSite = z.object({
  pattern: Pattern,
  source: z.enum(['preset', 'managed', 'user']),
  granted: z.boolean(),
});
export type EnabledSite = z.infer<typeof EnabledSite>;

export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page.load'), pageKey: PageKey }),
  /** A content script asks for engine.js in its own frame (lib/sidebar/engine-loader.ts). */
  z.object({ type: z.literal('engine.load') }),
  /** The listed legacy entries are in the review database now: drop them from the page's record. */
  z.object({ type: z.literal('page.migrated'), pageKey: PageKey, ignored: z.array(Id), notes: z.array(Id) }),
  z.object({ type: z.literal('doctype.set'), pageKey: PageKey, docType: z.nullable(DocTypeId) }),
  z.object({ type: z.literal('site.list') }),
  z.object({ type: z.literal('site.status'), url: Text(4096) }),
  z.object({ type: z.literal('site.enable'), pattern: Pattern, tabId: z.optional(z.int()) }),
  z.object({ type: z.literal('site.disable'), pattern: Pattern }),
  /** Opens the law viewer (laws.html) at a law's article in a new tab: a finding's basis in the sidebar links there. */
  z.object({ type: z.literal('laws.open'), law: Text(100, 1), article: z.optional(Text(50)) }),
  /** Notes, decisions, documents and the reviewer profile: answered by the review database (lib/db/handler.ts). */
  ...ReviewToBackground.options,
]);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToBackgroundType = ToBackground['type'];

/**
 * Messages only extension pages (popup, options, dashboard) may send; content scripts may send the rest (site.status
 * from a content script always answers for the sender's own URL; review.recognize only for the sender's own page).
 */
export const PAGE_ONLY: ReadonlySet<ToBackgroundType> = new Set<ToBackgroundType>(['site.list', 'site.enable', 'site.disable', ...REVIEW_PAGE_ONLY]);

export const isReviewMessageType = (type: string): type is ReviewMessageType => type.startsWith('review.');

export const Ok = z.object({ ok: z.literal(true) });
export const Failure = z.object({ ok: z.literal(false), error: z.string(), code: z.optional(z.string()) });
export type Failure = z.infer<typeof Failure>;
const SitesReply = z.object({ ok: z.literal(true), sites: z.array(EnabledSite) });
const StatusReply = z.object({ ok: z.literal(true), site: z.optional(EnabledSite), pattern: z.optional(Pattern) });
const PageReply = z.object({ ok: z.literal(true), record: PageRecord });

type PageReply = z.infer<typeof PageReply>;
type SitesReply = z.infer<typeof SitesReply>;
type StatusReply = z.infer<typeof StatusReply>;
type Ok = z.infer<typeof Ok>;
type ReviewReplies = { [K in ReviewMessageType]: ReviewResponseOf<K> };
interface Replies extends ReviewReplies {
  'engine.load': Ok;
  'page.load': PageReply;
  'page.migrated': PageReply;
  'doctype.set': PageReply;
  'site.list': SitesReply;
  'site.status': StatusReply;
  'site.enable': SitesReply;
  'site.disable': SitesReply;
  'laws.open': Ok;
}
export type ResponseOf<T extends ToBackgroundType> = Replies[T];

export const RESPONSES: { [K in ToBackgroundType]: $ZodType<Replies[K]> } = {
  ...REVIEW_RESPONSES,
  'engine.load': Ok,
  'page.load': PageReply,
  'page.migrated': PageReply,
  'doctype.set': PageReply,
  'site.list': SitesReply,
  'site.status': StatusReply,
  'site.enable': SitesReply,
  'site.disable': SitesReply,
  'laws.open': Ok,
};

export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sidebar.open') }),
  z.object({ type: z.literal('sidebar.toggle') }),
  z.object({ type: z.literal('counts.get') }),
  z.object({ type: z.literal('teardown') }),
]);
export type ToContent = z.infer<typeof ToContent>;

export const Counts = z.object({ error: z.number(), warning: z.number(), info: z.number() });
export type Counts = z.infer<typeof Counts>;
export const CountsReply = z.object({ ok: z.literal(true), counts: Counts, editors: z.number(), open: z.boolean() });
export type CountsReply = z.infer<typeof CountsReply>;

export function pageRecordKey(pageKey: string): string {
  return `page:${pageKey}`;
}

/** origin + path of a URL (no query, no hash): the key decisions are stored under. */
export function pageKeyOf(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

export class MessageError extends Error {
  constructor(
    message: string,
    /** The review database's refusal code (ReviewError), when it gave one: 'quote-mismatch', 'not-found'… */
    readonly code?: string,
  ) {
    super(message);
  }
}

function parseReply<K extends ToBackgroundType>(type: K, raw: unknown): ResponseOf<K> | undefined {
  const schema: $ZodType<ResponseOf<K>> = RESPONSES[type];
  const parsed = z.safeParse(schema, raw);
  return parsed.success ? parsed.data : undefined;
}

/** Sends a ToBackground message and parses the reply; throws MessageError on refusal or a malformed reply. */
export async function sendToBackground<K extends ToBackgroundType>(
  message: Extract<ToBackground, { type: K }>,
  send: (m: unknown) => Promise<unknown>,
): Promise<ResponseOf<K>> {
  const raw = await send(ToBackground.parse(message));
  const failure = Failure.safeParse(raw);
  if (failure.success) throw new MessageError(failure.data.error, failure.data.code);
  const reply = parseReply<K>(message.type, raw);
  if (!reply) throw new MessageError(`malformed reply to ${message.type}`);
  return reply;
}
