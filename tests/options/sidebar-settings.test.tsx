/**
 * What the options page stores reaches the open sidebar at once: the content script's rule config reads
 * storage.local, follows storage.onChanged, and wraps review() with the switches, severities, document-type
 * restrictions and custom packs; the controller re-reviews when they change.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { review } from '../../lib/engine';
import { PageRecord, type ToBackground } from '../../lib/messaging';
import { importPack } from '../../lib/rule-pack/install';
import { RULE_PACKS_KEY, savePacks } from '../../lib/rule-pack/store';
import { emptySettings, RULE_SETTINGS_KEY, saveRuleSettings, setDocTypeLimit, setRuleOn, setSeverity } from '../../lib/rule-settings';
import { handleToBackground } from '../../lib/sidebar/background-handler';
import { createController } from '../../lib/sidebar/controller';
import { createRuleConfig } from '../../lib/sidebar/rule-config';
import { createSidebarStore } from '../../lib/sidebar/store';
import { createFakePage } from '../sidebar/fake-page';
import { BUILTIN_IDS, pack } from '../rule-pack/fixtures';

const URL_ = 'https://oa.example.gov.cn/drafts/edit';
const PENALTY_RULE = 'penalty-set-by-normative-document';
const DRAFT = '某市人民政府办公室关于加强景区管理的通知\n第一条 为了加强管理，制定本通知。\n第二条 违反本通知规定，擅自占道经营的，由城管部门处五百元以上二千元以下罚款。\n第三条 游客入园前须交景区维护费。';
const flush = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const ids = (s: ReturnType<typeof createSidebarStore>) => s.getState().findings.map((f) => f.ruleId);

async function installPack() {
  const r = importPack(JSON.stringify(pack()), [], { builtinIds: BUILTIN_IDS, now: () => performance.now() });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  await savePacks(r.packs);
  return r.packs;
}

beforeEach(() => {
  document.body.innerHTML = '';
  fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
});

describe('rule config (content script side)', () => {
  it('applies stored switches, severities, document-type restrictions and custom rules around review()', async () => {
    await saveRuleSettings(setSeverity(emptySettings(), PENALTY_RULE, 'warning'));
    await installPack();
    const config = createRuleConfig();
    await config.load();
    const wrapped = config.wrap(review);
    const found = wrapped(DRAFT, {}).findings;
    expect(found.find((f) => f.ruleId === PENALTY_RULE)?.severity).toBe('warning');
    expect(found.find((f) => f.ruleId === 'scenic-maintenance-fee')?.quote).toBe('景区维护费');

    const changed = vi.fn();
    config.onChange(changed);
    await saveRuleSettings(setDocTypeLimit(setRuleOn(emptySettings(), 'scenic-maintenance-fee', true), PENALTY_RULE, ['policy-document']));
    expect(changed).toHaveBeenCalledOnce();
    const limited = wrapped(DRAFT, {});
    expect(limited.document.docType).toBe('normative-document');
    expect(limited.findings.some((f) => f.ruleId === PENALTY_RULE)).toBe(false); // restricted to 其他政策文件
    expect(wrapped(DRAFT, { docType: 'policy-document' }).findings.some((f) => f.ruleId === PENALTY_RULE)).toBe(true);
    config.destroy();
  });

  it('keeps one extraRules array per stored change (the engine caches a compiled reviewer per array)', async () => {
    await installPack();
    const config = createRuleConfig();
    await config.load();
    const first = config.extraRules();
    config.wrap(review)(DRAFT, {});
    expect(config.extraRules()).toBe(first);
    await fakeBrowser.storage.local.set({ [RULE_PACKS_KEY]: [] });
    expect(config.extraRules()).toEqual([]);
    config.destroy();
  });

  it('ignores other storage keys and areas', async () => {
    const config = createRuleConfig();
    await config.load();
    const changed = vi.fn();
    config.onChange(changed);
    await fakeBrowser.storage.local.set({ sidebarUi: { open: true } });
    await fakeBrowser.storage.sync.set({ [RULE_SETTINGS_KEY]: { disabledRules: ['x'] } });
    expect(changed).not.toHaveBeenCalled();
    config.destroy();
  });
});

describe('an open sidebar follows the options page', () => {
  it('re-reviews at once when a rule is switched off, and when a pack is installed', async () => {
    const ta = document.createElement('textarea');
    ta.value = DRAFT;
    ta.setAttribute('aria-label', '正文');
    document.body.append(ta);
    const config = createRuleConfig();
    await config.load();
    const sender = { id: fakeBrowser.runtime.id, url: URL_, tab: { id: 1, url: URL_ } };
    const store = createSidebarStore();
    const controller = createController({
      doc: document,
      page: createFakePage(),
      review: config.wrap(review),
      store,
      pageKey: () => URL_,
      saveDecision: async (m: Extract<ToBackground, { pageKey: string }>) => PageRecord.parse((await handleToBackground(m, sender) as { record: unknown }).record),
      scanThrottleMs: 10,
    });
    config.onChange(() => controller.recheck());
    await controller.start();
    expect(ids(store)).toContain(PENALTY_RULE);
    expect(ids(store)).not.toContain('scenic-maintenance-fee');
    const rev = store.getState().revision;

    await saveRuleSettings(setRuleOn(emptySettings(), PENALTY_RULE, false));
    expect(store.getState().revision).toBe(rev + 1);
    expect(ids(store)).not.toContain(PENALTY_RULE);

    await installPack();
    expect(ids(store)).toContain('scenic-maintenance-fee');
    await flush();
    controller.destroy();
    config.destroy();
  });
});

describe('law links from the sidebar', () => {
  it('opens the law viewer at the article in a new tab, for content scripts and pages alike', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const sender = { id: fakeBrowser.runtime.id, url: URL_, tab: { id: 1, url: URL_ } };
    expect(await handleToBackground({ type: 'laws.open', law: '行政许可法', article: '第十七条' }, sender)).toEqual({ ok: true });
    const url = create.mock.calls[0]?.[0]?.url ?? '';
    expect(url).toMatch(/\/laws\.html#law=/);
    expect(new URLSearchParams(url.split('#')[1])).toEqual(new URLSearchParams({ law: '行政许可法', article: '第十七条' }));
    expect(await handleToBackground({ type: 'laws.open', law: '' }, sender)).toEqual({ ok: false, error: 'bad message' });
    expect(await handleToBackground({ type: 'laws.open', law: '行政许可法' }, { id: 'other-extension', url: URL_ })).toEqual({ ok: false, error: 'unknown sender' });
  });
});
