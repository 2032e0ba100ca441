/**
 * The background's message routing, through runtime.onMessage as the browser calls it (fakeBrowser; replies via
 * sendResponse + `return true`): who may send what to the review database.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseReviewReply } from '../../lib/db/messages';
import type { ReviewService } from '../../lib/db/service';
import { createMessageListener, type SenderLike } from '../../lib/sidebar/background-handler';
import { DRAFT_V1, freshService, span } from '../db/helpers';

const EXT = fakeBrowser.runtime.id;
const PAGE_URL = 'https://oa.example.gov.cn/drafts/edit?id=3';
const extPage = (path = 'options.html'): SenderLike => ({ id: EXT, url: fakeBrowser.runtime.getURL(`/${path}`) });
const content = (url = PAGE_URL): SenderLike => ({ id: EXT, url, frameId: 0, tab: { id: 7, url } });
const webPage = (url = PAGE_URL): SenderLike => ({ url, tab: { id: 7, url } });

let service: ReviewService;

/** Sends `message` through onMessage as if from `sender`; resolves with what the listener answered. */
async function ask(message: unknown, sender: SenderLike): Promise<Record<string, unknown>> {
  let answer!: (r: unknown) => void;
  const reply = new Promise<unknown>((resolve) => (answer = resolve));
  const sendResponse = vi.fn((r: unknown) => answer(r));
  // the listener reads only id, url, frameId and tab.{id,url}: a partial sender is what the test needs
  const trigger: (m: unknown, s: SenderLike, r: (x: unknown) => void) => Promise<unknown[]> = fakeBrowser.runtime.onMessage.trigger as never;
  const returned = await trigger(message, sender, sendResponse);
  expect(returned).toEqual([true]); // the channel stays open for the async answer
  const r = await reply;
  expect(sendResponse).toHaveBeenCalledTimes(1);
  return r as Record<string, unknown>;
}

const events = async () => service.db.events.count();

beforeEach(async () => {
  service = await freshService();
  fakeBrowser.runtime.onMessage.addListener(createMessageListener({ review: Promise.resolve(service) }));
});

describe('review messages in the background', () => {
  it('rejects messages from web pages and other extensions, and writes nothing', async () => {
    const recognize = { type: 'review.recognize', url: PAGE_URL, text: DRAFT_V1, meta: {} };
    expect(await ask(recognize, webPage())).toEqual({ ok: false, error: 'unknown sender' });
    expect(await ask(recognize, { ...content(), id: 'another-extension' })).toEqual({ ok: false, error: 'unknown sender' });
    expect(await ask({ type: 'review.profile.set', profile: { name: '冒名', department: '' } }, webPage())).toEqual({ ok: false, error: 'unknown sender' });
    expect(await ask({ type: 'review.list', documentId: 'x' }, { id: EXT, url: 'https://evil.example/' })).toEqual({ ok: false, error: 'unknown sender' });
    expect(await events()).toBe(0);
  });

  it('refuses page-only types (the reviewer profile) from a content script; extension pages may set it', async () => {
    const set = { type: 'review.profile.set', profile: { name: '张三', department: '法制科' } };
    expect(await ask(set, content())).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await service.getProfile()).toBeUndefined();
    expect(parseReviewReply('review.profile.set', await ask(set, extPage()))).toEqual({ ok: true, profile: { name: '张三', department: '法制科' } });
    expect(await ask({ type: 'review.profile.get' }, content())).toEqual({ ok: true, profile: { name: '张三', department: '法制科' } });
  });

  it('lets a content script recognise only its own page (its tab’s URL; the fragment aside)', async () => {
    const recognize = (url: string) => ({ type: 'review.recognize', url, text: DRAFT_V1, meta: { title: '若干规定' } });
    expect(await ask(recognize('https://oa.example.gov.cn/drafts/edit?id=4'), content())).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await ask(recognize('https://evil.example/drafts/edit?id=3'), content())).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await ask(recognize('not a url'), content())).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await events()).toBe(0);
    const own = parseReviewReply('review.recognize', await ask(recognize(`${PAGE_URL}#top`), content()));
    expect(own).toMatchObject({ ok: true, created: 'document' });
    // an extension page (the dashboard) is not tied to a tab
    expect(await ask(recognize('https://elsewhere.example/'), extPage('dashboard.html'))).toMatchObject({ ok: true, created: 'none' });
  });

  it('answers the sidebar’s writes with the stored rows; failures come back as ok:false with a code', async () => {
    const r = parseReviewReply('review.recognize', await ask({ type: 'review.recognize', url: PAGE_URL, text: DRAFT_V1, meta: {} }, content()));
    if (!r.ok) throw new Error(r.error);
    const ids = { documentId: r.document.id, versionId: r.version.id };
    const added = parseReviewReply('review.note.add', await ask({ type: 'review.note.add', ...ids, span: span(DRAFT_V1, '外地企业'), note: { comment: '排斥外地' } }, content()));
    expect(added).toMatchObject({ ok: true, note: { comment: '排斥外地', target: [{ exact: '外地企业' }, { type: 'TextPositionSelector' }] } });
    const moved = await ask({ type: 'review.note.add', ...ids, span: { start: 0, end: 4, exact: '外地企业' }, note: { comment: 'x' } }, content());
    expect(moved).toMatchObject({ ok: false, code: 'quote-mismatch' });
    expect(await ask({ type: 'review.note.add', ...ids, note: { comment: 'x' }, extra: 1, span: 'no' }, content())).toEqual({ ok: false, error: 'bad message' });
  });

  it('says so when the database could not be opened, instead of hanging', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const broken = Promise.reject(new Error('QuotaExceededError'));
    broken.catch(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(createMessageListener({ review: broken }));
    expect(await ask({ type: 'review.profile.get' }, extPage())).toMatchObject({ ok: false, code: 'unavailable', error: expect.stringContaining('QuotaExceededError') });
  });

  it('still answers the other messages (sites, law viewer) through the same listener', async () => {
    fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
    expect(await ask({ type: 'site.status', url: PAGE_URL }, content())).toMatchObject({ ok: true, pattern: 'https://oa.example.gov.cn/*' });
    expect(await ask({ type: 'site.enable', pattern: 'https://evil.example/*' }, content())).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('the background entrypoint', () => {
  it('opens the review database once and answers review.* through onMessage', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // events the fake does not implement: the entrypoint only subscribes to them
    for (const ev of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved, fakeBrowser.commands.onCommand]) vi.spyOn(ev, 'addListener').mockImplementation(() => undefined);
    const { default: background } = await import('../../entrypoints/background');
    background.main();
    const set = await ask({ type: 'review.profile.set', profile: { name: '张三', department: '法制科' } }, extPage());
    expect(set).toEqual({ ok: true, profile: { name: '张三', department: '法制科' } });
    expect(await ask({ type: 'review.profile.get' }, content())).toEqual({ ok: true, profile: { name: '张三', department: '法制科' } });
    expect(await ask({ type: 'review.profile.set', profile: { name: 'x', department: '' } }, content())).toMatchObject({ ok: false, code: 'forbidden' });
    warn.mockRestore();
  });
});
