import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, pageKeyOf, PageRecord, sendToBackground, ToBackground, ToContent } from '../../lib/messaging';
import { review } from '../../lib/engine';
import { handleToBackground, senderKind } from '../../lib/sidebar/background-handler';
import { installEngine, loadEngine } from '../../lib/sidebar/engine-loader';

const EXT = fakeBrowser.runtime.id;
const content = (url = 'https://oa.example.gov.cn/drafts/edit?id=3') => ({ id: EXT, url, tab: { id: 7, url } });
const popup = () => ({ id: EXT, url: fakeBrowser.runtime.getURL('/popup.html') });
const KEY = 'https://oa.example.gov.cn/drafts/edit';

describe('protocol schemas', () => {
  it('accepts well-formed messages and rejects unknown types, missing fields and oversize text', () => {
    expect(ToBackground.safeParse({ type: 'page.load', pageKey: KEY }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'page.drop', pageKey: KEY }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'finding.ignore', pageKey: KEY, findingId: 'a', ruleId: 'r', quote: 'q', reason: 'x' }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'page.migrated', pageKey: KEY, ignored: ['a'], notes: [] }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'doctype.set', pageKey: KEY, docType: 'no-such-type' }).success).toBe(false);
    // the review database's messages are part of the one protocol, with their own checks
    expect(ToBackground.safeParse({ type: 'review.recognize', url: KEY, text: '第一条', meta: {} }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'review.note.reply', noteId: 'n', comment: 'x'.repeat(20_001) }).success).toBe(false);
    const finding = { id: 'f', ruleId: 'r', category: 'c', severity: 'error', start: 0, end: 2, quote: '罚款', message: 'm', basis: [] };
    const decide = { type: 'review.decide', documentId: 'd', versionId: 'v', finding, status: 'false-positive' };
    expect(ToBackground.safeParse(decide).success).toBe(false); // 误报 needs a reason
    expect(ToBackground.safeParse({ ...decide, reason: '已有依据' }).success).toBe(true);
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

  it('keeps the corrected document type per page, and drops migrated legacy entries only', async () => {
    const legacy = {
      ignored: { 'f-1': { reason: '误报', ruleId: 'r', quote: '处五百元罚款', at: 1 }, 'f-2': { reason: '其他', ruleId: 'r', quote: 'q', at: 1 } },
      notes: { 'f-3': { text: '请说明依据', at: 1 } },
    };
    await fakeBrowser.storage.local.set({ [`page:${KEY}`]: legacy });
    await handleToBackground({ type: 'doctype.set', pageKey: KEY, docType: 'government-rule' }, content());
    // another tab of the same page reads it back; a different path is a different page
    const loaded = await handleToBackground({ type: 'page.load', pageKey: KEY }, content('https://oa.example.gov.cn/drafts/edit'));
    expect(loaded).toMatchObject({ ok: true, record: { docType: 'government-rule', ignored: { 'f-1': { reason: '误报' } } } });
    expect(await handleToBackground({ type: 'page.load', pageKey: 'https://oa.example.gov.cn/other' }, content())).toEqual({
      ok: true,
      record: { ignored: {}, notes: {} },
    });
    const after = await handleToBackground({ type: 'page.migrated', pageKey: KEY, ignored: ['f-1'], notes: ['f-3'] }, content());
    const record = PageRecord.parse((after as { record: unknown }).record);
    expect(Object.keys(record.ignored)).toEqual(['f-2']);
    expect(record.notes).toEqual({});
    expect(record.docType).toBe('government-rule');
    await handleToBackground({ type: 'page.migrated', pageKey: KEY, ignored: ['f-2'], notes: [] }, content());
    await handleToBackground({ type: 'doctype.set', pageKey: KEY, docType: null }, content());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
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
  it('keeps the database’s refusal code on the error', async () => {
    const err = await sendToBackground({ type: 'review.note.reply', noteId: 'n', comment: 'x' }, async () => ({ ok: false, error: 'gone', code: 'not-found' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MessageError);
    expect(err).toMatchObject({ message: 'gone', code: 'not-found' });
  });

  it('parses replies and turns refusals into errors', async () => {
    const ok = await sendToBackground({ type: 'page.load', pageKey: KEY }, async () => ({ ok: true, record: { ignored: {} } }));
    expect(ok.record).toEqual({ ignored: {}, notes: {} });
    await expect(sendToBackground({ type: 'page.load', pageKey: KEY }, async () => ({ ok: false, error: 'nope' }))).rejects.toThrow(MessageError);
    await expect(sendToBackground({ type: 'page.load', pageKey: KEY }, async () => ({ ok: true }))).rejects.toThrow(/malformed/);
  });
});
