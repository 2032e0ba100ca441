/**
 * The whole message protocol: one zod discriminated union per direction, parsed on receipt.
 *   ToBackground: content scripts and extension pages → background (decisions, notes, sites).
 *   ToContent:    background and popup → the content script of a tab (open the sidebar, counts, teardown).
 * Responses are parsed too, by the sender, with the schema named in RESPONSES. zod/mini keeps the content script small.
 */
import { z } from 'zod/mini';
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

/** What the reviewer decided on one page, stored in browser.storage.local under pageRecordKey(pageKey). */
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
  z.object({ type: z.literal('finding.ignore'), pageKey: PageKey, findingId: Id, ruleId: Text(200), quote: Text(2000), reason: Text(2000, 1) }),
  z.object({ type: z.literal('finding.restore'), pageKey: PageKey, findingId: Id }),
  z.object({ type: z.literal('note.save'), pageKey: PageKey, findingId: Id, ruleId: z.optional(Text(200)), quote: z.optional(Text(2000)), text: Text(20_000) }),
  z.object({ type: z.literal('doctype.set'), pageKey: PageKey, docType: z.nullable(DocTypeId) }),
  z.object({ type: z.literal('site.list') }),
  z.object({ type: z.literal('site.status'), url: Text(4096) }),
  z.object({ type: z.literal('site.enable'), pattern: Pattern, tabId: z.optional(z.int()) }),
  z.object({ type: z.literal('site.disable'), pattern: Pattern }),
  /** Opens the law viewer (laws.html) at a law's article in a new tab: a finding's basis in the sidebar links there. */
  z.object({ type: z.literal('laws.open'), law: Text(100, 1), article: z.optional(Text(50)) }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToBackgroundType = ToBackground['type'];

/**
 * Messages only extension pages (popup, options) may send; content scripts may send the rest (site.status from a
 * content script always answers for the sender's own URL).
 */
export const PAGE_ONLY: ReadonlySet<ToBackgroundType> = new Set(['site.list', 'site.enable', 'site.disable']);

export const Ok = z.object({ ok: z.literal(true) });
export const Failure = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof Failure>;
const SitesReply = z.object({ ok: z.literal(true), sites: z.array(EnabledSite) });
const StatusReply = z.object({ ok: z.literal(true), site: z.optional(EnabledSite), pattern: z.optional(Pattern) });
const PageReply = z.object({ ok: z.literal(true), record: PageRecord });

type PageReply = z.infer<typeof PageReply>;
type SitesReply = z.infer<typeof SitesReply>;
type StatusReply = z.infer<typeof StatusReply>;
type Ok = z.infer<typeof Ok>;
interface Replies {
  'engine.load': Ok;
  'page.load': PageReply;
  'finding.ignore': PageReply;
  'finding.restore': PageReply;
  'note.save': PageReply;
  'doctype.set': PageReply;
  'site.list': SitesReply;
  'site.status': StatusReply;
  'site.enable': SitesReply;
  'site.disable': SitesReply;
  'laws.open': Ok;
}
export type ResponseOf<T extends ToBackgroundType> = Replies[T];

export const RESPONSES: { [K in ToBackgroundType]: z.ZodMiniType<Replies[K]> } = {
  'engine.load': Ok,
  'page.load': PageReply,
  'finding.ignore': PageReply,
  'finding.restore': PageReply,
  'note.save': PageReply,
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

export class MessageError extends Error {}

function parseReply<K extends ToBackgroundType>(type: K, raw: unknown): ResponseOf<K> | undefined {
  const schema: z.ZodMiniType<ResponseOf<K>> = RESPONSES[type];
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Sends a ToBackground message and parses the reply; throws MessageError on refusal or a malformed reply. */
export async function sendToBackground<K extends ToBackgroundType>(
  message: Extract<ToBackground, { type: K }>,
  send: (m: unknown) => Promise<unknown>,
): Promise<ResponseOf<K>> {
  const raw = await send(ToBackground.parse(message));
  const failure = Failure.safeParse(raw);
  if (failure.success) throw new MessageError(failure.data.error);
  const reply = parseReply<K>(message.type, raw);
  if (!reply) throw new MessageError(`malformed reply to ${message.type}`);
  return reply;
}
