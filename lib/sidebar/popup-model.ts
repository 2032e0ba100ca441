/** What the toolbar popup does: read this tab's site state and counts, enable or disable the site, open the sidebar. */
import { browser } from 'wxt/browser';
import type { PopupSiteState } from '../../components/Popup';
import type { Severity } from '../engine/types';
import { CountsReply, sendToBackground, type EnabledSite } from '../messaging';

const send = (m: unknown) => browser.runtime.sendMessage(m);

export interface PopupState {
  tabId?: number;
  pattern?: string;
  site: PopupSiteState;
  counts?: Record<Severity, number>;
}

export async function loadPopupState(): Promise<PopupState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  const status = await sendToBackground({ type: 'site.status', url }, send);
  const host = hostOf(url);
  if (!status.pattern || !host) return { tabId: tab?.id, site: { kind: 'unsupported' } };
  const state: PopupState = { tabId: tab?.id, pattern: status.pattern, site: { kind: 'disabled', host } };
  if (status.site) {
    state.site = { kind: 'enabled', host, source: status.site.source };
    if (tab?.id !== undefined) state.counts = await fetchCounts(tab.id);
  }
  return state;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

export async function fetchCounts(tabId: number): Promise<Record<Severity, number> | undefined> {
  try {
    const parsed = CountsReply.safeParse(await browser.tabs.sendMessage(tabId, { type: 'counts.get' }));
    return parsed.success && parsed.data.editors > 0 ? parsed.data.counts : undefined;
  } catch {
    return undefined; // no content script in this tab (yet)
  }
}

/** Must be the first thing a click handler does: permission prompts need the user's gesture. */
export function requestSitePermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export async function enableSite(pattern: string, tabId: number | undefined): Promise<EnabledSite[]> {
  return (await sendToBackground({ type: 'site.enable', pattern, tabId }, send)).sites;
}

export async function disableSite(pattern: string): Promise<EnabledSite[]> {
  return (await sendToBackground({ type: 'site.disable', pattern }, send)).sites;
}

export async function listSites(): Promise<EnabledSite[]> {
  return (await sendToBackground({ type: 'site.list' }, send)).sites;
}

export async function openSidebar(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'sidebar.open' });
}
