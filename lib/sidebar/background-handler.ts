/**
 * The background's message handler: parse with the ToBackground union, check who sent it, do it.
 * Only this extension is heard: content scripts of it (for their own page's records) and its own pages
 * (popup, options) — site switches only from its own pages.
 */
import { browser } from 'wxt/browser';
import { LAW_VIEWER_PAGE, lawViewerHash } from '../laws/viewer-url';
import { PAGE_ONLY, ToBackground, pageKeyOf, type EnabledSite } from '../messaging';
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

/** 'page' for this extension's own pages, 'content' for its content scripts, undefined for anyone else. */
export function senderKind(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind | undefined {
  if (!sender.id || sender.id !== extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && /^https?:/.test(url)) return 'content';
  return undefined;
}

function fail(error: string) {
  return { ok: false as const, error };
}

async function sitesReply() {
  return { ok: true as const, sites: await enabledSites() };
}

export async function handleToBackground(raw: unknown, sender: SenderLike): Promise<unknown> {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const kind = senderKind(sender, browser.runtime.id, extensionOrigin);
  if (!kind) return fail('unknown sender');
  const parsed = ToBackground.safeParse(raw);
  if (!parsed.success) return fail('bad message');
  const msg = parsed.data;
  if (PAGE_ONLY.has(msg.type) && kind !== 'page') return fail('not allowed from a content script');
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
    case 'finding.ignore': {
      const record = await updatePageRecord(msg.pageKey, (r) => {
        r.ignored[msg.findingId] = { reason: msg.reason, ruleId: msg.ruleId, quote: msg.quote, at: Date.now() };
      });
      return { ok: true, record };
    }
    case 'finding.restore': {
      const record = await updatePageRecord(msg.pageKey, (r) => {
        delete r.ignored[msg.findingId];
      });
      return { ok: true, record };
    }
    case 'note.save': {
      const record = await updatePageRecord(msg.pageKey, (r) => {
        if (msg.text.trim()) r.notes[msg.findingId] = { text: msg.text, ruleId: msg.ruleId, quote: msg.quote, at: Date.now() };
        else delete r.notes[msg.findingId];
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
