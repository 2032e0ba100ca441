import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addUserSite,
  CONTENT_SCRIPT_ID,
  CONTENT_SCRIPT_FILE,
  enabledSites,
  isValidPattern,
  managedSites,
  matchesPattern,
  removeUserSite,
  sitePatternFor,
  syncRegistration,
  userSites,
} from '../../lib/sites';

describe('site patterns', () => {
  it('turns a page URL into a whole-host pattern without the port', () => {
    expect(sitePatternFor('http://127.0.0.1:5173/drafts/1?x=1#h')).toBe('http://127.0.0.1/*');
    expect(sitePatternFor('https://oa.example.gov.cn/a')).toBe('https://oa.example.gov.cn/*');
    expect(sitePatternFor('file:///tmp/x.html')).toBeUndefined();
    expect(sitePatternFor('chrome://extensions')).toBeUndefined();
    expect(sitePatternFor('not a url')).toBeUndefined();
  });

  it('matches URLs like Chrome match patterns (any port, host wildcards, path globs)', () => {
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:4000/portal.html')).toBe(true);
    expect(matchesPattern('http://127.0.0.1/*', 'http://localhost:4000/portal.html')).toBe(false);
    expect(matchesPattern('http://127.0.0.1/*', 'https://127.0.0.1/')).toBe(false);
    expect(matchesPattern('*://*.gov.cn/*', 'https://oa.sh.gov.cn/x')).toBe(true);
    expect(matchesPattern('*://*.gov.cn/*', 'https://gov.cn/x')).toBe(true);
    expect(matchesPattern('*://*.gov.cn/*', 'https://evilgov.cn/x')).toBe(false);
    expect(matchesPattern('https://oa.example.gov.cn/drafts/*', 'https://oa.example.gov.cn/other')).toBe(false);
    expect(isValidPattern('http://127.0.0.1/*')).toBe(true);
    expect(isValidPattern('127.0.0.1')).toBe(false);
  });
});

describe('enabled sites', () => {
  beforeEach(() => {
    fakeBrowser.permissions.contains = vi.fn(async () => true);
  });

  it('adds and removes user sites in storage.local, once each', async () => {
    await addUserSite('https://oa.example.gov.cn/*');
    await addUserSite('https://oa.example.gov.cn/*');
    expect(await userSites()).toEqual(['https://oa.example.gov.cn/*']);
    await expect(addUserSite('oa.example.gov.cn')).rejects.toThrow();
    await removeUserSite('https://oa.example.gov.cn/*');
    expect(await userSites()).toEqual([]);
  });

  it('reads managed sites (array or comma list) and tolerates browsers without managed storage', async () => {
    fakeBrowser.storage.managed.get = vi.fn(async () => ({ sites: ['https://a.gov.cn/*', 'bad', 3] }));
    expect(await managedSites()).toEqual(['https://a.gov.cn/*']);
    fakeBrowser.storage.managed.get = vi.fn(async () => ({ sites: 'https://a.gov.cn/*, https://b.gov.cn/*' }));
    expect(await managedSites()).toEqual(['https://a.gov.cn/*', 'https://b.gov.cn/*']);
    fakeBrowser.storage.managed.get = vi.fn(async () => {
      throw new Error('managed storage is not supported');
    });
    expect(await managedSites()).toEqual([]);
  });

  it('lists managed before user sites, without duplicates, with their permission state', async () => {
    fakeBrowser.storage.managed.get = vi.fn(async () => ({ sites: ['https://a.gov.cn/*'] }));
    fakeBrowser.permissions.contains = vi.fn(async (p: { origins?: string[] }) => p.origins?.[0] !== 'https://c.gov.cn/*');
    await addUserSite('https://a.gov.cn/*');
    await addUserSite('https://c.gov.cn/*');
    expect(await enabledSites()).toEqual([
      { pattern: 'https://a.gov.cn/*', source: 'managed', granted: true },
      { pattern: 'https://c.gov.cn/*', source: 'user', granted: false },
    ]);
  });

  it('registers the content script for exactly the permitted sites and drops it when none is left', async () => {
    fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
    let registered: Browser.scripting.RegisteredContentScript[] = [];
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => registered);
    fakeBrowser.scripting.unregisterContentScripts = vi.fn(async () => {
      registered = [];
    });
    const register = vi.fn(async (scripts: Browser.scripting.RegisteredContentScript[]) => {
      registered = scripts;
    });
    fakeBrowser.scripting.registerContentScripts = register;

    expect(await syncRegistration()).toEqual([]);
    expect(register).not.toHaveBeenCalled();

    await addUserSite('https://oa.example.gov.cn/*');
    expect(await syncRegistration()).toEqual(['https://oa.example.gov.cn/*']);
    expect(registered).toMatchObject([{ id: CONTENT_SCRIPT_ID, matches: ['https://oa.example.gov.cn/*'] }]);

    await syncRegistration(); // unchanged: no re-registration
    expect(register).toHaveBeenCalledTimes(1);

    await removeUserSite('https://oa.example.gov.cn/*');
    await syncRegistration();
    expect(registered).toEqual([]);
  });

  it('injects the content script into tabs already open on a newly enabled site, and only there', async () => {
    fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
    let registered: Browser.scripting.RegisteredContentScript[] = [];
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => registered);
    fakeBrowser.scripting.unregisterContentScripts = vi.fn(async () => {
      registered = [];
    });
    fakeBrowser.scripting.registerContentScripts = vi.fn(async (scripts: Browser.scripting.RegisteredContentScript[]) => {
      registered = scripts;
    });
    const inject = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = inject as never;
    fakeBrowser.tabs.query = vi.fn(async () => [
      { id: 1, url: 'https://oa.example.gov.cn/draft/7' },
      { id: 2, url: 'https://news.example.com/' },
    ]) as never;
    await addUserSite('https://oa.example.gov.cn/*');
    await syncRegistration();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 1 }, files: [CONTENT_SCRIPT_FILE] });
    await syncRegistration(); // nothing new: no second injection
    expect(inject).toHaveBeenCalledTimes(1);
  });
});
