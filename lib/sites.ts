/**
 * Site enabling. The content script runs only on enabled sites: it is registered at runtime
 * (browser.scripting.registerContentScripts) for exactly the enabled match patterns, from three sources:
 * build-time FASHEN_SITES (preset), managed storage (key `sites`, set by policy) and the user's one-click list.
 */
import { browser } from 'wxt/browser';

declare global {
  /** Build-time FASHEN_SITES match patterns, injected by wxt.config.ts. */
  const __FASHEN_SITES__: string[];
}

export type SiteSource = 'preset' | 'managed' | 'user';
export interface EnabledSite {
  pattern: string;
  source: SiteSource;
  /** Whether the extension holds the host permission the pattern needs. */
  granted: boolean;
}

export const CONTENT_SCRIPT_ID = 'fashen-content';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
const USER_SITES_KEY = 'sites';

const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)\/(.*)$/;

/** The match pattern that enables a page's whole host (any port, any path), or undefined for other schemes. */
export function sitePatternFor(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  return `${u.protocol}//${u.hostname}/*`;
}

export function isValidPattern(pattern: string): boolean {
  return PATTERN.test(pattern.trim());
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Whether a URL matches a Chrome match pattern (ports are ignored, as in Chrome). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = PATTERN.exec(pattern.trim());
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : scheme !== proto) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  return globToRegExp(`/${path}`).test(u.pathname + u.search);
}

export function presetSites(): string[] {
  const list = typeof __FASHEN_SITES__ === 'undefined' ? [] : __FASHEN_SITES__;
  return list.filter(isValidPattern);
}

function stringList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string' && isValidPattern(s));
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(isValidPattern);
  return [];
}

/** Sites set by policy (managed storage, key `sites`); empty where managed storage is unsupported. */
export async function managedSites(): Promise<string[]> {
  try {
    const got = await browser.storage.managed.get(USER_SITES_KEY);
    return stringList(got[USER_SITES_KEY]);
  } catch {
    return [];
  }
}

export async function userSites(): Promise<string[]> {
  const got = await browser.storage.local.get(USER_SITES_KEY);
  return stringList(got[USER_SITES_KEY]);
}

export async function addUserSite(pattern: string): Promise<void> {
  if (!isValidPattern(pattern)) throw new Error(`invalid match pattern: ${pattern}`);
  const list = await userSites();
  if (!list.includes(pattern)) await browser.storage.local.set({ [USER_SITES_KEY]: [...list, pattern] });
}

export async function removeUserSite(pattern: string): Promise<void> {
  const list = await userSites();
  await browser.storage.local.set({ [USER_SITES_KEY]: list.filter((p) => p !== pattern) });
}

async function hasPermission(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Every enabled site, first source wins (preset, then managed, then user). */
export async function enabledSites(): Promise<EnabledSite[]> {
  const [managed, user] = await Promise.all([managedSites(), userSites()]);
  const out: EnabledSite[] = [];
  const seen = new Set<string>();
  const add = (pattern: string, source: SiteSource) => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    out.push({ pattern, source, granted: false });
  };
  presetSites().forEach((p) => add(p, 'preset'));
  managed.forEach((p) => add(p, 'managed'));
  user.forEach((p) => add(p, 'user'));
  await Promise.all(out.map(async (s) => (s.granted = await hasPermission(s.pattern))));
  return out;
}

export async function isUrlEnabled(url: string): Promise<EnabledSite | undefined> {
  return (await enabledSites()).find((s) => s.granted && matchesPattern(s.pattern, url));
}

let pending: Promise<unknown> = Promise.resolve();

/** Registers the content script for exactly the enabled, permitted patterns (or unregisters it). Serialised. */
export function syncRegistration(): Promise<string[]> {
  const run = pending.then(syncNow, syncNow);
  pending = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<string[]> {
  const matches = (await enabledSites()).filter((s) => s.granted).map((s) => s.pattern);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  const same = existing && [...(existing.matches ?? [])].sort().join() === [...matches].sort().join();
  if (same) return matches;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE.slice(1)], matches, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    const before = new Set(existing?.matches ?? []);
    await injectIntoOpenTabs(matches.filter((m) => !before.has(m)));
  }
  return matches;
}

/**
 * A registered content script only reaches pages loaded afterwards: tabs already open on a newly enabled site (a
 * portal restored at browser start, a preset site right after install) get the script injected now. The content
 * script guards against a second load.
 */
async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  if (!patterns.length) return;
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || !patterns.some((p) => matchesPattern(p, tab.url!))) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
  }
}
