/**
 * The background's message handler: parse with the ToBackground union, check who sent it, do it.
 * Only this extension is heard: content scripts of it (for their own page's records) and its own pages
 * (popup, options, dashboard) — site switches and the reviewer profile only from its own pages. Web pages cannot
 * send runtime messages to us at all (no externally_connectable); another extension is refused here.
 *
 * review.* messages go to the review database (lib/db/handler.ts) after the same checks, plus one: a content
 * script may recognise only the page it runs in (the url of review.recognize must be its own).
 */
import { browser } from 'wxt/browser';
import { handleReviewMessage } from '../db/handler';
import type { ReviewToBackground } from '../db/messages';
import type { ReviewService } from '../db/service';
import { LAW_VIEWER_PAGE, lawViewerHash } from '../laws/viewer-url';
import { PAGE_ONLY, ToBackground, isReviewMessageType, pageKeyOf, type EnabledSite } from '../messaging';
import { addUserSite, enabledSites, matchesPattern, removeUserSite, sitePatternFor, syncRegistration, CONTENT_SCRIPT_FILE } from '../sites';
import { ENGINE_FILE } from './engine-loader';
import { updatePageRecord, loadPageRecord } from './page-records';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderKind = 'page' | 'content';

/**
 * 'page' for this extension's own pages, 'content' for its content scripts, undefined for anyone else.
 * `extensionBase` is runtime.getURL('/') (URL.origin of chrome-extension:// is 'null' outside Chrome's own parser).
 */
export function senderKind(sender: SenderLike, extensionId: string, extensionBase: string): SenderKind | undefined {
  if (!sender.id || sender.id !== extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionBase)) return 'page';
  if (sender.tab && /^https?:/.test(url)) return 'content';
  return undefined;
}

function fail(error: string, code?: string) {
  return { ok: false as const, error, ...(code ? { code } : {}) };
}

export interface BackgroundDeps {
  /** The review database's service, opened once by the background; absent: review.* messages are refused. */
  review?: Promise<ReviewService>;
}

const isReview = (m: ToBackground): m is ReviewToBackground => isReviewMessageType(m.type);

function withoutHash(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/** Is `url` the page the content script runs in (its frame's URL or its tab's), fragments aside? */
export function isSendersPage(url: string, sender: SenderLike): boolean {
  const want = withoutHash(url);
  return !!want && [sender.url, sender.tab?.url].some((u) => withoutHash(u) === want);
}

async function reviewReply(msg: ReviewToBackground, sender: SenderLike, kind: SenderKind, review: Promise<ReviewService> | undefined) {
  if (msg.type === 'review.recognize' && kind === 'content' && !isSendersPage(msg.url, sender))
    return fail('a content script may only recognise its own page', 'forbidden');
  if (!review) return fail('the review database is not available', 'unavailable');
  let service: ReviewService;
  try {
    service = await review;
  } catch (err) {
    return fail(`the review database could not be opened: ${err instanceof Error ? err.message : String(err)}`, 'unavailable');
  }
  return handleReviewMessage(service, msg);
}

async function sitesReply() {
  return { ok: true as const, sites: await enabledSites() };
}

export async function handleToBackground(raw: unknown, sender: SenderLike, deps: BackgroundDeps = {}): Promise<unknown> {
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!kind) return fail('unknown sender');
  const parsed = ToBackground.safeParse(raw);
  if (!parsed.success) return fail('bad message');
  const msg = parsed.data;
  if (PAGE_ONLY.has(msg.type) && kind !== 'page') return fail('not allowed from a content script', 'forbidden');
  if (isReview(msg)) return reviewReply(msg, sender, kind, deps.review);
  if ('pageKey' in msg && kind === 'content') {
    // a content script may only touch the records of the page it runs in
    let own: string | undefined;
    try {
      own = new URL(pageKeyOf(sender.url ?? '')).origin;
    } catch {
      own = undefined;
    }
    if (!own || !msg.pageKey.startsWith(`${own}/`)) return fail('page key does not belong to the sender');
  }

  switch (msg.type) {
    case 'engine.load': {
      const tabId = sender.tab?.id;
      if (kind !== 'content' || tabId === undefined) return fail('only a content script can load the engine');
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ENGINE_FILE] });
      return { ok: true };
    }
    case 'page.load':
      return { ok: true, record: await loadPageRecord(msg.pageKey) };
    case 'page.migrated': {
      const record = await updatePageRecord(msg.pageKey, (r) => {
        for (const id of msg.ignored) delete r.ignored[id];
        for (const id of msg.notes) delete r.notes[id];
      });
      return { ok: true, record };
    }
    case 'doctype.set': {
      const record = await updatePageRecord(msg.pageKey, (r) => {
        if (msg.docType) r.docType = msg.docType;
        else delete r.docType;
      });
      return { ok: true, record };
    }
    case 'site.list':
      return sitesReply();
    case 'site.status': {
      const sites = await enabledSites();
      const url = kind === 'content' ? (sender.url ?? '') : msg.url;
      const site = sites.find((s) => s.granted && matchesPattern(s.pattern, url));
      return { ok: true, site, pattern: sitePatternFor(url) };
    }
    case 'site.enable':
      return enableSite(msg.pattern, msg.tabId);
    case 'site.disable':
      return disableSite(msg.pattern);
    case 'laws.open':
      await browser.tabs.create({ url: browser.runtime.getURL(LAW_VIEWER_PAGE) + lawViewerHash({ law: msg.law, article: msg.article }) });
      return { ok: true };
  }
}

/**
 * The runtime.onMessage listener: answers through sendResponse and returns true (the channel stays open), which
 * every browser and the test fake support; a returned promise is not.
 */
export function createMessageListener(deps: BackgroundDeps = {}) {
  return (message: unknown, sender: SenderLike, sendResponse: (reply: unknown) => void): true => {
    handleToBackground(message, sender, deps).then(sendResponse, (err: unknown) => sendResponse(fail(err instanceof Error ? err.message : String(err))));
    return true;
  };
}

async function enableSite(pattern: string, tabId: number | undefined) {
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return fail('permission not granted');
  const known = (await enabledSites()).find((s) => s.pattern === pattern);
  if (!known) await addUserSite(pattern);
  await syncRegistration();
  if (tabId !== undefined) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    } catch {
      // the tab may have navigated away or be a page we cannot script; the registration covers its next load
    }
  }
  return sitesReply();
}

async function disableSite(pattern: string) {
  const site: EnabledSite | undefined = (await enabledSites()).find((s) => s.pattern === pattern);
  if (!site) return sitesReply();
  if (site.source !== 'user') return fail('set by the organisation; cannot be removed here');
  try {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs
        .filter((t) => t.id !== undefined && t.url && matchesPattern(pattern, t.url))
        .map((t) => browser.tabs.sendMessage(t.id!, { type: 'teardown' }).catch(() => undefined)),
    );
  } catch {
    // tabs we cannot see have no content script of ours either
  }
  await removeUserSite(pattern);
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // a permission the manifest requires cannot be removed; the registration below still drops the site
  }
  await syncRegistration();
  return sitesReply();
}
