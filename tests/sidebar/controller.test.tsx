import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { review } from '../../lib/engine';
import type { Finding, ReviewOptions, ReviewResult } from '../../lib/engine/types';
import type { ReviewService } from '../../lib/db/service';
import { PageRecord, type ToBackground } from '../../lib/messaging';
import { handleToBackground } from '../../lib/sidebar/background-handler';
import { createController } from '../../lib/sidebar/controller';
import { createReviewClient } from '../../lib/sidebar/review-client';
import { createSidebarStore } from '../../lib/sidebar/store';
import { freshService } from '../db/helpers';
import { createFakePage } from './fake-page';

const URL_ = 'https://oa.example.gov.cn/drafts/edit';
const PENALTY = '第二条 违反本通知规定，擅自占道经营的，由城管部门处五百元以上二千元以下罚款。';
const DRAFT = `某市人民政府办公室关于加强占道经营管理的通知\n第一条 为了加强管理，制定本通知。\n${PENALTY}`;

function saveVia(url = URL_) {
  const sender = { id: fakeBrowser.runtime.id, url, tab: { id: 1, url } };
  return async (m: Extract<ToBackground, { pageKey: string }>) => {
    const reply = await handleToBackground(m, sender);
    const parsed = PageRecord.safeParse((reply as { record?: unknown }).record);
    if (!parsed.success) throw new Error(JSON.stringify(reply));
    return parsed.data;
  };
}

/** The review database behind the background, as the content script reaches it (review.* messages). */
function clientVia(service: ReviewService, url = URL_) {
  const sender = { id: fakeBrowser.runtime.id, url, tab: { id: 1, url } };
  const sent: string[] = [];
  const client = createReviewClient(async (m) => {
    sent.push((m as { type: string }).type);
    return handleToBackground(m, sender, { review: Promise.resolve(service) });
  });
  return { client, sent };
}

let service: ReviewService;

function setup(opts: { review?: (t: string, o: ReviewOptions) => ReviewResult; url?: string; service?: ReviewService } = {}) {
  const page = createFakePage();
  const store = createSidebarStore();
  const onEditorsFound = vi.fn();
  const reviewFn = vi.fn(opts.review ?? review);
  let key = opts.url ?? URL_;
  const { client, sent } = clientVia(opts.service ?? service, key);
  const controller = createController({
    doc: document,
    page,
    review: reviewFn,
    store,
    pageKey: () => key,
    saveDecision: saveVia(key),
    reviewClient: client,
    onEditorsFound,
    scanThrottleMs: 10,
  });
  return { page, store, controller, onEditorsFound, reviewFn, sent, setKey: (k: string) => (key = k) };
}

function textarea(value: string, label = '正文') {
  const ta = document.createElement('textarea');
  ta.value = value;
  ta.setAttribute('aria-label', label);
  document.body.append(ta);
  return ta;
}

const type = (ta: HTMLTextAreaElement, value: string) => {
  ta.value = value;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
};
const flush = () => new Promise((r) => setTimeout(r, 30));

beforeEach(async () => {
  service = await freshService();
  document.body.innerHTML = '';
  fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
});

describe('controller', () => {
  it('reviews the editor, fills the store and underlines the findings', async () => {
    const ta = textarea(DRAFT);
    const { page, store, controller, onEditorsFound } = setup();
    await controller.start();
    const s = store.getState();
    const penalty = s.findings.find((f) => f.ruleId === 'penalty-set-by-normative-document');
    expect(penalty).toMatchObject({ category: 'unauthorized-penalty', severity: 'error', quote: '处五百元以上二千元以下罚款' });
    expect(s.document?.docType).toBe('normative-document');
    expect(s.editors).toEqual([{ label: '正文', kind: 'textarea' }]);
    expect(page.rendered.get(ta)?.map((x) => x.id)).toContain(penalty!.id);
    expect(onEditorsFound).toHaveBeenCalledTimes(1);
    expect(s.revision).toBe(1);
    controller.destroy();
  });

  it('re-reviews on edits; underlines that no longer match disappear', async () => {
    const ta = textarea(DRAFT);
    const { page, store, controller } = setup();
    await controller.start();
    expect(page.rendered.get(ta)?.length).toBeGreaterThan(0);
    type(ta, DRAFT.replace('由城管部门处五百元以上二千元以下罚款', '依照《城市道路管理条例》第四十二条的规定处理'));
    expect(store.getState().findings.some((f) => f.ruleId === 'penalty-set-by-normative-document')).toBe(false);
    expect(page.rendered.get(ta)?.some((x) => x.id.startsWith('penalty-set-by-normative-document'))).toBe(false);
    controller.destroy();
  });

  it('ignores with a reason: the underline goes, the decision (不采纳) is in the database and survives a reload', async () => {
    const ta = textarea(DRAFT);
    const first = setup();
    await first.controller.start();
    const id = first.store.getState().findings.find((f) => f.ruleId === 'penalty-set-by-normative-document')!.id;
    first.controller.ignore(id, '已有上位法依据：城市道路管理条例');
    expect(first.page.rendered.get(ta)?.some((x) => x.id === id)).toBe(false);
    await vi.waitFor(async () => expect((await service.db.decisions.toArray()).map((d) => [d.findingId, d.status, d.reason])).toEqual([[id, 'rejected', '已有上位法依据：城市道路管理条例']]));
    first.controller.destroy();

    const second = setup();
    await second.controller.start();
    await vi.waitFor(() => expect(second.store.getState().ignored[id]).toMatchObject({ status: 'rejected', reason: '已有上位法依据：城市道路管理条例' }));
    expect(second.page.rendered.get(ta)?.some((x) => x.id === id)).toBe(false);
    second.controller.restore(id);
    expect(second.page.rendered.get(ta)?.some((x) => x.id === id)).toBe(true);
    await vi.waitFor(async () => expect((await service.db.decisions.toArray())[0]).toMatchObject({ status: 'accepted', history: [{ status: 'rejected' }] }));
    second.controller.destroy();
  });

  it('records 误报 with its reason, and 采纳 / 部分采纳 keep the card', async () => {
    textarea(DRAFT);
    const { store, controller } = setup();
    await controller.start();
    const [a, b] = store.getState().findings;
    controller.ignore(a!.id, '误报：有上位法依据', 'false-positive');
    controller.decide(b!.id, 'partial', '删去指定');
    await vi.waitFor(() => expect(store.getState().decisions[b!.id]?.status).toBe('partial'));
    expect(store.getState().decisions[a!.id]).toMatchObject({ status: 'false-positive', reason: '误报：有上位法依据' });
    expect(Object.keys(store.getState().ignored)).toEqual([a!.id]);
    controller.destroy();
  });

  it('recognises the draft once when the panel shows it, not on every keystroke, and again before a write', async () => {
    const ta = textarea(DRAFT);
    const { store, controller, sent } = setup();
    await controller.start();
    await vi.waitFor(() => expect(store.getState().reviewRef?.text).toBe(DRAFT));
    type(ta, `${DRAFT}\n第三条 本通知自发布之日起施行。`);
    type(ta, `${DRAFT}\n第三条 本通知自发布之日起施行，有效期五年。`);
    await flush();
    expect(sent.filter((t) => t === 'review.recognize')).toHaveLength(1);
    expect(await service.db.versions.count()).toBe(1);
    const id = store.getState().findings.find((f) => f.ruleId === 'penalty-set-by-normative-document')!.id;
    controller.decide(id, 'accepted');
    await vi.waitFor(() => expect(store.getState().decisions[id]?.status).toBe('accepted'));
    expect(sent).toEqual(['review.recognize', 'review.recognize', 'review.decide']);
    expect(await service.db.versions.count()).toBe(2);
    expect(store.getState().reviewRef?.text).toBe(ta.value);
    controller.destroy();
  });

  it('shows a database failure once, without retrying on every keystroke; reopening the panel tries again', async () => {
    const ta = textarea(DRAFT);
    let calls = 0;
    const client = createReviewClient(async () => {
      calls++;
      return { ok: false, error: 'the review database is not available', code: 'unavailable' };
    });
    const store = createSidebarStore();
    const controller = createController({ doc: document, page: createFakePage(), review, store, pageKey: () => URL_, saveDecision: saveVia(), reviewClient: client, scanThrottleMs: 10 });
    await controller.start();
    await vi.waitFor(() => expect(store.getState().saveError).toBe('the review database is not available'));
    type(ta, `${DRAFT}\n第三条 本通知自发布之日起施行。`);
    type(ta, `${DRAFT}\n第三条 本通知自发布之日起施行，有效期五年。`);
    await flush();
    expect(calls).toBe(1);
    controller.setOpen(false);
    controller.setOpen(true);
    await vi.waitFor(() => expect(calls).toBe(2));
    controller.destroy();
  });

  it('waits for the panel: a collapsed sidebar recognises nothing until it is opened', async () => {
    textarea(DRAFT);
    const { store, controller, sent } = setup();
    controller.setOpen(false);
    await controller.start();
    await flush();
    expect(sent).toEqual([]);
    controller.setOpen(true);
    await vi.waitFor(() => expect(sent).toEqual(['review.recognize']));
    controller.destroy();
  });

  it('notes the selected text, underlines it, and finds it again after a reload; an edited-away quote is an orphan', async () => {
    const ta = textarea(DRAFT);
    const first = setup();
    await first.controller.start();
    const quote = '加强占道经营管理';
    ta.setSelectionRange(DRAFT.indexOf(quote), DRAFT.indexOf(quote) + quote.length);
    const span = first.controller.captureSelection();
    expect(span).toEqual({ start: DRAFT.indexOf(quote), end: DRAFT.indexOf(quote) + quote.length, exact: quote });
    first.controller.addNote(span!, '标题宜写明规范对象');
    await vi.waitFor(() => expect(first.store.getState().noteRows).toHaveLength(1));
    const note = first.store.getState().noteRows[0]!;
    expect(note).toMatchObject({ comment: '标题宜写明规范对象', target: [{ exact: quote }, { start: span!.start }] });
    expect(first.page.rendered.get(ta)).toContainEqual({ id: `note:${note.id}`, start: span!.start, end: span!.end, severity: 'info' });
    first.controller.destroy();

    // reload: the note comes back from the database, re-anchored, underlined
    const second = setup();
    await second.controller.start();
    await vi.waitFor(() => expect(second.page.rendered.get(ta)?.some((x) => x.id === `note:${note.id}`)).toBe(true));
    // text typed before it moves the underline along (re-anchored in the page, no new version yet)
    type(ta, `【征求意见稿】${ta.value}`);
    expect(second.page.rendered.get(ta)?.find((x) => x.id === `note:${note.id}`)?.start).toBe(span!.start + 7);
    // the quote edited away: after the next recognition (before a write) the note is an orphan, kept with its quote
    type(ta, ta.value.replace(quote, '规范临时占用道路'));
    expect(second.store.getState().lostNotes).toEqual([note.id]); // shown as lost at once, before any write
    second.controller.editNote(note.id, '标题宜写明规范对象（已改）');
    second.controller.replyNote(note.id, '起草单位已改');
    await vi.waitFor(() => expect(second.store.getState().noteRows).toHaveLength(2));
    second.controller.decide(second.store.getState().findings[0]!.id, 'accepted');
    await vi.waitFor(() => expect(second.store.getState().noteRows.find((n) => n.id === note.id)?.anchor?.status).toBe('orphan'));
    const orphan = second.store.getState().noteRows.find((n) => n.id === note.id)!;
    expect(orphan).toMatchObject({ comment: '标题宜写明规范对象（已改）', target: [{ exact: quote }, { type: 'TextPositionSelector' }], history: [{ comment: '标题宜写明规范对象' }] });
    expect(second.page.rendered.get(ta)?.some((x) => x.id === `note:${note.id}`)).toBe(false);
    second.controller.destroy();
  });

  it('notes a finding from its card, and edits that note the next time', async () => {
    textarea(DRAFT);
    const { store, controller } = setup();
    await controller.start();
    const f = store.getState().findings.find((x) => x.ruleId === 'penalty-set-by-normative-document')!;
    controller.saveNote(f.id, '请说明处罚依据');
    await vi.waitFor(() => expect(store.getState().notes[f.id]?.text).toBe('请说明处罚依据'));
    controller.saveNote(f.id, '请说明处罚的上位法依据');
    await vi.waitFor(() => expect(store.getState().notes[f.id]?.text).toBe('请说明处罚的上位法依据'));
    const rows = await service.db.notes.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ findingId: f.id, ruleId: f.ruleId, category: f.category, severity: 'error', history: [{ comment: '请说明处罚依据' }] });
    controller.destroy();
  });

  it('moves what an older release kept in storage.local into the database once, keeping the corrected type', async () => {
    textarea(DRAFT);
    const probe = setup();
    await probe.controller.start();
    const [a, b] = probe.store.getState().findings;
    probe.controller.destroy();
    const legacy = {
      ignored: { [a!.id]: { reason: '误报：已核', ruleId: a!.ruleId, quote: a!.quote, at: 1 }, gone: { reason: '其他', ruleId: 'r', quote: '不在文中', at: 1 } },
      notes: { [b!.id]: { text: '旧备注', ruleId: b!.ruleId, quote: b!.quote, at: 1 }, elsewhere: { text: '整篇意见', at: 1 } },
      docType: 'normative-document',
    };
    await fakeBrowser.storage.local.set({ [`page:${URL_}`]: legacy });
    const { store, controller } = setup();
    await controller.start();
    await vi.waitFor(async () => expect(await service.db.notes.count()).toBe(2));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(`page:${URL_}`))[`page:${URL_}`]).toEqual({ ignored: { gone: legacy.ignored.gone }, notes: {}, docType: 'normative-document' }));
    expect((await service.db.decisions.toArray()).map((d) => [d.findingId, d.status])).toEqual([[a!.id, 'false-positive']]);
    const notes = await service.db.notes.toArray();
    expect(notes.find((n) => n.findingId === b!.id)).toMatchObject({ comment: '旧备注', target: [{ exact: b!.quote }, { start: b!.start, end: b!.end }] });
    expect(notes.find((n) => n.findingId === 'elsewhere')?.target).toBeUndefined();
    expect(store.getState().ignored[a!.id]).toMatchObject({ status: 'false-positive' });
    expect(store.getState().docTypeOverride).toBe('normative-document');
    controller.destroy();
  });

  it('applies a fix only through lib/page and shows why one was refused', async () => {
    const ta = textarea('本办法所称企业，应当到指定机构办理。');
    const quote = '到指定机构办理';
    const fixable: Finding = {
      id: 'fix-1', ruleId: 'demo-fix', category: 'designated-intermediary', severity: 'error',
      start: ta.value.indexOf(quote), end: ta.value.indexOf(quote) + quote.length, quote, message: 'm', basis: [], replacement: '自主选择机构办理',
    };
    const fake = (text: string): ReviewResult => ({
      findings: text.includes(quote) ? [fixable] : [],
      document: { docType: 'normative-document', docTypeSource: 'default', articleCount: 0 },
    });
    const { page, store, controller } = setup({ review: fake });
    await controller.start();
    page.refuse = '原文已改变，未修改。';
    controller.apply('fix-1');
    expect(store.getState().fixErrors['fix-1']).toBe('原文已改变，未修改。');
    expect(ta.value).toContain(quote);
    page.refuse = undefined;
    controller.apply('fix-1');
    expect(ta.value).toBe('本办法所称企业，应当自主选择机构办理。');
    expect(store.getState().fixErrors['fix-1']).toBeUndefined();
    expect(store.getState().findings).toEqual([]);
    controller.destroy();
  });

  it('reviews the editor the user focuses and lets the sidebar pick another', async () => {
    const a = textarea('第一条 本规定自发布之日起施行。', '摘要');
    const b = textarea(DRAFT, '正文');
    const { page, store, controller } = setup();
    await controller.start();
    expect(store.getState().activeEditor).toBe(1); // the primary editor: the one holding the draft
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(store.getState().activeEditor).toBe(0);
    expect(page.rendered.has(a)).toBe(true);
    expect(page.rendered.has(b)).toBe(false); // the old highlighter was destroyed
    controller.selectEditor(1);
    expect(store.getState().activeEditor).toBe(1);
    controller.destroy();
  });

  it('follows editors created after load and SPA navigation', async () => {
    const { store, controller, onEditorsFound, setKey } = setup();
    await controller.start();
    expect(onEditorsFound).not.toHaveBeenCalled();
    textarea(DRAFT);
    await flush();
    expect(onEditorsFound).toHaveBeenCalledTimes(1);
    expect(store.getState().findings.length).toBeGreaterThan(0);
    const id = store.getState().findings[0]!.id;
    controller.ignore(id, '误报');
    await flush();
    setKey('https://oa.example.gov.cn/drafts/other');
    controller.onLocationChange();
    expect(store.getState().ignored).toEqual({});
    controller.destroy();
  });

  it('switches to a draft filled in after load unless the user is in another editor', async () => {
    textarea('', '审核意见');
    const article = document.createElement('article');
    document.body.append(article);
    const { store, controller } = setup();
    await controller.start();
    expect(store.getState().activeEditor).toBe(0);
    article.textContent = DRAFT;
    await flush();
    expect(store.getState().activeEditor).toBe(1);
    expect(store.getState().findings.length).toBeGreaterThan(0);
    controller.destroy();
  });

  it('opens the card of a clicked underline', async () => {
    const ta = textarea(DRAFT);
    const { page, store, controller } = setup();
    await controller.start();
    controller.setOpen(false);
    const id = store.getState().findings[0]!.id;
    page.hit = id;
    ta.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
    expect(store.getState().selectedId).toBe(id);
    expect(store.getState().open).toBe(true);
    controller.reveal(id);
    expect(page.revealed).toHaveLength(1);
    controller.destroy();
  });

  it('keeps the panel collapsed on a read-only page with nothing to report, open when there is', async () => {
    const article = document.createElement('article');
    article.textContent = '我的待办 文件标题 编辑器 状态 操作 起草中';
    document.body.append(article);
    const quiet = setup();
    await quiet.controller.start();
    expect(quiet.store.getState().editors[0]?.kind).toBe('readonly');
    expect(quiet.store.getState().open).toBe(false);
    quiet.controller.destroy();
    article.textContent = DRAFT;
    const busy = setup();
    await busy.controller.start();
    expect(busy.store.getState().open).toBe(true);
    busy.controller.destroy();
  });

  it('loads the engine on demand when the first editor is reviewed', async () => {
    textarea(DRAFT);
    const page = createFakePage();
    const store = createSidebarStore();
    const loadReview = vi.fn(async () => review);
    const controller = createController({ doc: document, page, store, loadReview, pageKey: () => URL_, saveDecision: saveVia() });
    await controller.start();
    await flush();
    expect(loadReview).toHaveBeenCalledOnce();
    expect(store.getState().findings.length).toBeGreaterThan(0);
    controller.destroy();
  });

  it('re-reviews with a corrected document type and remembers it', async () => {
    textarea(DRAFT);
    const { store, controller, reviewFn } = setup();
    await controller.start();
    controller.setDocType('law');
    expect(reviewFn).toHaveBeenLastCalledWith(expect.any(String), { docType: 'law' });
    expect(store.getState().document?.docType).toBe('law');
    expect(store.getState().findings.some((f) => f.ruleId === 'penalty-set-by-normative-document')).toBe(false);
    await flush();
    controller.destroy();
    const again = setup();
    await again.controller.start();
    expect(again.store.getState().docTypeOverride).toBe('law');
    again.controller.destroy();
  });
});
