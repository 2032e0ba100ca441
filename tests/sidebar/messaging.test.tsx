import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, pageKeyOf, PageRecord, sendToBackground, ToBackground, ToContent } from '../../lib/messaging';
import { review } from '../../lib/engine';
import { handleToBackground, senderKind } from '../../lib/sidebar/background-handler';
import { installEngine, loadEngine } from '../../lib/sidebar/engine-loader';

const EXT = fakeBrowser.runtime.id;
const extOrigin = () => new URL(fakeBrowser.runtime.getURL('/')).origin;
const content = (url = 'https://oa.example.gov.cn/drafts/edit?id=3') => ({ id: EXT, url, tab: { id: 7, url } });
const popup = () => ({ id: EXT, url: `${extOrigin()}/popup.html` });
const KEY = 'https://oa.example.gov.cn/drafts/edit';

describe('protocol schemas', () => {
  it('accepts well-formed messages and rejects unknown types, missing fields and oversize text', () => {
    expect(ToBackground.safeParse({ type: 'page.load', pageKey: KEY }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'page.drop', pageKey: KEY }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'finding.ignore', pageKey: KEY, findingId: 'a', ruleId: 'r', quote: 'q', reason: '' }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'note.save', pageKey: KEY, findingId: 'a', text: 'x'.repeat(20_001) }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'doctype.set', pageKey: KEY, docType: 'no-such-type' }).success).toBe(false);
    expect(ToContent.safeParse({ type: 'sidebar.open' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
  });

  it('keys pages by origin and path only', () => {
    expect(pageKeyOf('https://oa.example.gov.cn/drafts/edit?id=3#top')).toBe(KEY);
  });
});

describe('sender checks', () => {
  it('tells pages of this extension from its content scripts and refuses everyone else', () => {
    const o = 'chrome-extension://abc';
    expect(senderKind({ id: 'abc', url: `${o}/popup.html` }, 'abc', o)).toBe('page');
    expect(senderKind({ id: 'abc', url: 'https://x.gov.cn/', tab: { id: 1 } }, 'abc', o)).toBe('content');
    expect(senderKind({ id: 'other', url: 'https://x.gov.cn/', tab: { id: 1 } }, 'abc', o)).toBeUndefined();
    expect(senderKind({ url: 'https://x.gov.cn/', tab: { id: 1 } }, 'abc', o)).toBeUndefined();
    expect(senderKind({ id: 'abc', url: 'https://x.gov.cn/' }, 'abc', o)).toBeUndefined();
  });

  it('answers nothing to another extension', async () => {
    expect(await handleToBackground({ type: 'page.load', pageKey: KEY }, { id: 'evil', url: KEY, tab: { id: 1 } })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
  });

  it('does not let a content script switch sites on', async () => {
    const reply = await handleToBackground({ type: 'site.enable', pattern: 'https://evil.example/*' }, content());
    expect(reply).toMatchObject({ ok: false });
  });

  it('does not let a content script touch another origin’s records', async () => {
    const reply = await handleToBackground({ type: 'page.load', pageKey: 'https://other.gov.cn/drafts/edit' }, content());
    expect(reply).toMatchObject({ ok: false });
    const trick = await handleToBackground({ type: 'page.load', pageKey: 'https://oa.example.gov.cn.evil.cn/x' }, content());
    expect(trick).toMatchObject({ ok: false });
  });

  it('refuses malformed messages', async () => {
    expect(await handleToBackground({ type: 'finding.ignore', pageKey: KEY }, content())).toEqual({ ok: false, error: 'bad message' });
    expect(await handleToBackground('hello', content())).toEqual({ ok: false, error: 'bad message' });
  });
});

describe('decisions', () => {
  beforeEach(() => {
    fakeBrowser.permissions.contains = vi.fn(async () => true);
    fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
  });

  it('stores an ignore with its reason per page and finding, and restores it', async () => {
    const ignore = { type: 'finding.ignore', pageKey: KEY, findingId: 'f-1', ruleId: 'r', quote: '处五百元罚款', reason: '误报' };
    expect(await handleToBackground(ignore, content())).toMatchObject({ ok: true, record: { ignored: { 'f-1': { reason: '误报', ruleId: 'r' } } } });
    // another tab of the same page reads it back
    const loaded = await handleToBackground({ type: 'page.load', pageKey: KEY }, content('https://oa.example.gov.cn/drafts/edit'));
    expect(loaded).toMatchObject({ ok: true, record: { ignored: { 'f-1': { reason: '误报' } } } });
    // a different path is a different page
    expect(await handleToBackground({ type: 'page.load', pageKey: 'https://oa.example.gov.cn/other' }, content())).toEqual({
      ok: true,
      record: { ignored: {}, notes: {} },
    });
    await handleToBackground({ type: 'finding.restore', pageKey: KEY, findingId: 'f-1' }, content());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saves, overwrites and deletes notes; concurrent writes are not lost', async () => {
    await Promise.all([
      handleToBackground({ type: 'note.save', pageKey: KEY, findingId: 'a', text: '请起草单位说明依据' }, content()),
      handleToBackground({ type: 'note.save', pageKey: KEY, findingId: 'b', text: '已核' }, content()),
      handleToBackground({ type: 'doctype.set', pageKey: KEY, docType: 'government-rule' }, content()),
    ]);
    const reply = await handleToBackground({ type: 'page.load', pageKey: KEY }, content());
    const record = PageRecord.parse((reply as { record: unknown }).record);
    expect(Object.keys(record.notes).sort()).toEqual(['a', 'b']);
    expect(record.docType).toBe('government-rule');
    await handleToBackground({ type: 'note.save', pageKey: KEY, findingId: 'a', text: '  ' }, content());
    const after = await handleToBackground({ type: 'page.load', pageKey: KEY }, content());
    expect(Object.keys(PageRecord.parse((after as { record: unknown }).record).notes)).toEqual(['b']);
  });

  it('answers site.status for a content script’s own URL only', async () => {
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => []);
    fakeBrowser.scripting.registerContentScripts = vi.fn(async () => undefined);
    await handleToBackground({ type: 'site.enable', pattern: 'https://oa.example.gov.cn/*' }, popup());
    const own = await handleToBackground({ type: 'site.status', url: 'https://evil.example/' }, content());
    expect(own).toMatchObject({ ok: true, site: { pattern: 'https://oa.example.gov.cn/*', source: 'user' } });
    const other = await handleToBackground({ type: 'site.status', url: 'https://evil.example/' }, popup());
    expect(other).toMatchObject({ ok: true, site: undefined, pattern: 'https://evil.example/*' });
  });
});

describe('engine loading', () => {
  it('injects engine.js into the asking content script’s own frame, for content scripts only', async () => {
    const exec = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = exec;
    expect(await handleToBackground({ type: 'engine.load' }, { ...content(), frameId: 0 })).toEqual({ ok: true });
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/engine.js'] });
    expect(await handleToBackground({ type: 'engine.load' }, popup())).toMatchObject({ ok: false });
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it('hands the content script the review() that engine.js installed', async () => {
    globalThis.__fashenEngine = undefined;
    const inject = vi.fn(async () => installEngine(review));
    const fn = await loadEngine(inject);
    expect(fn('第一条 违反本通知的，处一千元罚款。', {}).findings.length).toBeGreaterThan(0);
    await loadEngine(inject);
    expect(inject).toHaveBeenCalledTimes(1);
    globalThis.__fashenEngine = undefined;
    await expect(loadEngine(async () => undefined)).rejects.toThrow(/did not load/);
  });
});

describe('sendToBackground', () => {
  it('parses replies and turns refusals into errors', async () => {
    const ok = await sendToBackground({ type: 'page.load', pageKey: KEY }, async () => ({ ok: true, record: { ignored: {} } }));
    expect(ok.record).toEqual({ ignored: {}, notes: {} });
    await expect(sendToBackground({ type: 'page.load', pageKey: KEY }, async () => ({ ok: false, error: 'nope' }))).rejects.toThrow(MessageError);
    await expect(sendToBackground({ type: 'page.load', pageKey: KEY }, async () => ({ ok: true }))).rejects.toThrow(/malformed/);
  });
});
