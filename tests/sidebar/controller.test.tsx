import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { review } from '../../lib/engine';
import type { Finding, ReviewOptions, ReviewResult } from '../../lib/engine/types';
import { PageRecord, type ToBackground } from '../../lib/messaging';
import { handleToBackground } from '../../lib/sidebar/background-handler';
import { createController } from '../../lib/sidebar/controller';
import { createSidebarStore } from '../../lib/sidebar/store';
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

function setup(opts: { review?: (t: string, o: ReviewOptions) => ReviewResult; url?: string } = {}) {
  const page = createFakePage();
  const store = createSidebarStore();
  const onEditorsFound = vi.fn();
  const reviewFn = vi.fn(opts.review ?? review);
  let key = opts.url ?? URL_;
  const controller = createController({
    doc: document,
    page,
    review: reviewFn,
    store,
    pageKey: () => key,
    saveDecision: saveVia(key),
    onEditorsFound,
    scanThrottleMs: 10,
  });
  return { page, store, controller, onEditorsFound, reviewFn, setKey: (k: string) => (key = k) };
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

beforeEach(() => {
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

  it('ignores with a reason: the underline goes, the decision persists and survives a reload', async () => {
    const ta = textarea(DRAFT);
    const first = setup();
    await first.controller.start();
    const id = first.store.getState().findings.find((f) => f.ruleId === 'penalty-set-by-normative-document')!.id;
    first.controller.ignore(id, '已有上位法依据：城市道路管理条例');
    expect(first.page.rendered.get(ta)?.some((x) => x.id === id)).toBe(false);
    await flush();
    first.controller.destroy();

    const second = setup();
    await second.controller.start();
    expect(second.store.getState().ignored[id]).toMatchObject({ reason: '已有上位法依据：城市道路管理条例' });
    expect(second.page.rendered.get(ta)?.some((x) => x.id === id)).toBe(false);
    second.controller.restore(id);
    expect(second.page.rendered.get(ta)?.some((x) => x.id === id)).toBe(true);
    second.controller.destroy();
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
