/** The options page: rule library (switches, severity, document types, search), custom-rule form, rule packs. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/OptionsApp';
import { getStrings } from '../../locales';
import { LOCAL_PACK_ID, loadPacks } from '../../lib/rule-pack/store';
import { loadRuleSettings } from '../../lib/rule-settings';
import { RULES } from '../../rules';
import { pack, rule } from '../rule-pack/fixtures';

const zh = getStrings('zh_CN');

beforeEach(() => {
  fakeBrowser.storage.managed.get = vi.fn(async () => ({}));
  // the sites list asks the background: no sites
  fakeBrowser.runtime.sendMessage = vi.fn(async () => ({ ok: true, sites: [] })) as typeof fakeBrowser.runtime.sendMessage;
});

async function setup(initialTab: 'rules' | 'custom' | 'packs' = 'rules', save = vi.fn()) {
  render(<OptionsApp t={zh} initialTab={initialTab} deps={{ save }} />);
  if (initialTab === 'rules') await screen.findAllByTestId('rule');
  await act(() => new Promise((r) => setTimeout(r, 20)));
  return { save };
}

const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="rule"][data-rule-id="${id}"]`)!;

describe('rule library', () => {
  it('lists every rule under its Chinese category name', async () => {
    await setup();
    expect(screen.getAllByTestId('rule')).toHaveLength(RULES.length);
    expect(screen.getByTestId('rule-count').textContent).toBe(`显示 ${RULES.length} / ${RULES.length} 条规则`);
    expect(screen.getByRole('heading', { name: '违法设定或加重行政处罚' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('switches a rule off, changes its severity, switches a category off — and stores each change', async () => {
    await setup();
    const id = 'penalty-set-by-normative-document';
    fireEvent.click(within(row(id)).getByRole('switch'));
    await waitFor(async () => expect((await loadRuleSettings()).disabledRules).toEqual([id]));
    expect(row(id).dataset.on).toBe('false');
    expect(screen.getByTestId('options-notice').textContent).toBe(zh.savedLive);

    fireEvent.change(within(row('wide-fine-range')).getByTestId('rule-severity'), { target: { value: 'info' } });
    await waitFor(async () => expect((await loadRuleSettings()).severityOverrides).toEqual({ 'wide-fine-range': 'info' }));
    expect(row('wide-fine-range').dataset.severity).toBe('info');

    const cat = document.querySelector<HTMLElement>('[data-testid="category"][data-category="unauthorized-fee"]')!;
    fireEvent.click(within(cat).getByTestId('category-switch'));
    await waitFor(async () => expect((await loadRuleSettings()).disabledCategories).toEqual(['unauthorized-fee']));
    expect(within(cat).getAllByTestId('rule').every((r) => r.dataset.on === 'false')).toBe(true);
  });

  it('shows a rule in full: basis with the article text, examples with the marked span, document types', async () => {
    await setup();
    const r = row('license-added-condition');
    fireEvent.click(within(r).getByTestId('rule-expand'));
    const detail = within(r).getByTestId('rule-detail');
    expect(within(detail).getAllByTestId('article-text')[0].textContent).toContain('不得增设行政许可');
    const link = within(detail).getAllByRole('link')[0] as HTMLAnchorElement;
    expect(decodeURIComponent(link.href)).toMatch(/laws\.html#law=行政许可法&article=第十六条第四款$/);
    expect(detail.querySelector('.fo-bad mark')?.textContent?.length).toBeGreaterThan(0);
    fireEvent.click(within(detail).getByLabelText('政府规章'));
    await waitFor(async () => expect((await loadRuleSettings()).docTypeLimits).toEqual({ 'license-added-condition': ['government-rule'] }));
    expect(within(r).getByText(zh.ruleLimited)).toBeTruthy();
  });

  it('searches with partial Chinese words and filters by category and state', async () => {
    await setup();
    fireEvent.change(screen.getByTestId('rule-search'), { target: { value: '红黑名单' } });
    await waitFor(() => expect(screen.getAllByTestId('rule').length).toBeLessThan(10));
    expect(row('self-made-red-black-list')).toBeTruthy();
    fireEvent.change(screen.getByTestId('rule-search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('rule-category-filter'), { target: { value: 'garbled-text' } });
    await waitFor(() => expect(screen.getAllByTestId('category')).toHaveLength(1));
  });

  it('moves between tabs with the arrow keys', async () => {
    await setup();
    const tab = screen.getByRole('tab', { name: zh.tabRules });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: zh.tabCustom }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('fo-tab-custom');
    fireEvent.keyDown(screen.getByRole('tab', { name: zh.tabCustom }), { key: 'End' });
    expect(screen.getByRole('tab', { name: zh.tabPacks }).getAttribute('aria-selected')).toBe('true');
  });
});

function fill(values: Record<string, string>) {
  for (const [k, v] of Object.entries(values)) fireEvent.change(screen.getByTestId(`field-${k}`), { target: { value: v } });
}

const FORM = {
  title: '收取景区维护费',
  category: 'unauthorized-fee',
  phrases: '景区维护费',
  message: '没有法律、行政法规依据收取景区维护费，属于违法收费。',
  basis: '《价格法》第十八条',
  bad: '游客入园前须交[[景区维护费]]。\n经营者须缴纳[[景区维护费]]后方可入园经营。',
  good: '任何单位不得收取景区维护费。\n依照《价格法》第十八条的规定，收取景区维护费。',
};

describe('custom rules', () => {
  it('tries a rule on its examples, shows where it fails, and saves it only when it passes', async () => {
    await setup('custom');
    fill({ ...FORM, good: '游客须交景区维护费。\n任何单位不得收取景区维护费。' });
    fireEvent.click(screen.getByTestId('rule-save'));
    const issues = await screen.findByTestId('form-issues');
    expect(within(issues).getAllByTestId('issue').map((i) => i.textContent)).toEqual(['本规则 · examples.good[0]：规则在不应提示的示例中命中了“景区维护费”']);
    expect(screen.getByTestId('field-good').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByTestId('example-result').map((r) => r.dataset.ok)).toEqual(['true', 'true', 'false', 'true']);
    expect(await loadPacks()).toEqual([]);

    fill({ good: FORM.good });
    fireEvent.click(screen.getByTestId('rule-test'));
    expect(screen.getByTestId('form-notice').textContent).toBe(zh.formTested);
    fireEvent.click(screen.getByTestId('rule-save'));
    await waitFor(async () => expect((await loadPacks())[0]?.pack.rules.map((r) => r.id)).toEqual(['custom-1']));
    expect((await loadPacks())[0].id).toBe(LOCAL_PACK_ID);
    expect(screen.getByTestId('form-notice').textContent).toBe(zh.formSaved('custom-1'));
    expect(screen.getAllByTestId('custom-rule').map((r) => r.dataset.ruleId)).toEqual(['custom-1']);
    // the next new rule gets the next free id
    expect((screen.getByTestId('field-id') as HTMLInputElement).value).toBe('custom-2');
  });

  it('refuses an unsafe regex with a located message and never runs it', async () => {
    await setup('custom');
    fireEvent.click(screen.getByTestId('match-pattern'));
    const { phrases: _, ...rest } = FORM;
    fill({ ...rest, patterns: '(景区.+)+维护费', anchors: '景区' });
    fireEvent.click(screen.getByTestId('rule-save'));
    const issues = await screen.findByTestId('form-issues');
    expect(issues.textContent).toContain('本规则 · match.patterns[0]：正则表达式含嵌套的重复');
    expect(screen.queryByTestId('example-results')).toBeNull();
    expect(await loadPacks()).toEqual([]);
  });
});

describe('rule packs', () => {
  it('refuses a bad pack with located Chinese errors and changes nothing; imports a sound one; exports it', async () => {
    const { save } = await setup('packs');
    const bad = JSON.stringify(pack([rule(), rule({ id: 'x-2', match: { type: 'pattern', patterns: ['(?<m>景区维护费'], anchors: ['景区'] } })]));
    fireEvent.change(screen.getByTestId('pack-paste'), { target: { value: bad } });
    fireEvent.click(screen.getByTestId('pack-import'));
    const issues = await screen.findByTestId('pack-issues');
    expect(issues.textContent).toContain(zh.packRejected(1));
    expect(within(issues).getByTestId('issue').textContent).toMatch(/^第 2 条规则（x-2） · rules\[1\]\.match\.patterns\[0\]：正则表达式无法编译/);
    expect(await loadPacks()).toEqual([]);

    fireEvent.change(screen.getByTestId('pack-paste'), { target: { value: JSON.stringify(pack()) } });
    fireEvent.click(screen.getByTestId('pack-import'));
    expect((await screen.findByTestId('pack-result')).textContent).toBe(zh.packImported('景区收费规则', 1));
    expect((await loadPacks()).map((p) => p.id)).toEqual(['pack:景区收费规则']);

    fireEvent.click(screen.getByTestId('pack-export'));
    expect(save).toHaveBeenCalledOnce();
    const [name, blob] = save.mock.calls[0] as [string, Blob];
    expect(name).toBe('景区收费规则.fashen-pack.json');
    expect(JSON.parse(await blob.text())).toMatchObject({ format: 'fashen-rule-pack', version: 1, name: '景区收费规则' });

    fireEvent.click(screen.getByTestId('pack-switch'));
    await waitFor(async () => expect((await loadPacks())[0].enabled).toBe(false));
  });
});

describe('English', () => {
  it('renders the options page in English for an English browser', async () => {
    const en = getStrings('en');
    render(<OptionsApp t={en} />);
    await screen.findAllByTestId('rule');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Rule library', 'Custom rules', 'Rule packs']);
    expect(screen.getByTestId('rule-count').textContent).toBe(`Showing ${RULES.length} of ${RULES.length} rules`);
  });
});
