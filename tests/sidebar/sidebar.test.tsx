import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DecisionRow, NoteRow } from '../../lib/db/schema';
import type { Finding } from '../../lib/engine/types';
import type { SidebarActions } from '../../lib/sidebar/controller';
import { SidebarApp } from '../../lib/sidebar/SidebarApp';
import { createSidebarStore } from '../../lib/sidebar/store';

const f = (over: Partial<Finding> & Pick<Finding, 'id'>): Finding => ({
  ruleId: 'penalty-set-by-normative-document',
  category: 'unauthorized-penalty',
  severity: 'error',
  start: 0,
  end: 2,
  quote: '罚款',
  message: '本文件类型无权设定行政处罚。',
  basis: [{ law: '行政处罚法', article: '第十六条', text: '除法律、法规、规章外，其他规范性文件不得设定行政处罚。' }, { law: '国办发〔2018〕37号' }],
  article: '第二条',
  ...over,
});

const FINDINGS: Finding[] = [
  f({ id: 'a', suggestion: '删除该处罚规定。' }),
  f({ id: 'b', ruleId: 'local-presence-condition', category: 'local-protection', article: '第四条', quote: '在本市设立分支机构', basis: [] }),
  f({ id: 'c', ruleId: 'validity-missing', category: 'validity-period', severity: 'info', article: undefined, quote: '通知', replacement: '通知（试行）', basis: [] }),
];

function setup(extra: Partial<SidebarActions> = {}) {
  const store = createSidebarStore();
  store.getState().setResult(FINDINGS, {
    docType: 'normative-document', docTypeSource: 'detected', articleCount: 5, issuer: '某市人民政府办公室', docNumber: '某府办发〔2024〕3号', title: '关于加强占道经营管理的通知',
  }, 1200, 12);
  store.getState().setEditors([{ label: 'UEditor 正文', kind: 'iframe' }, { label: '摘要', kind: 'textarea' }], 0);
  const actions: SidebarActions = {
    selectEditor: vi.fn(), setDocType: vi.fn(), reveal: vi.fn(), apply: vi.fn(), ignore: vi.fn(), restore: vi.fn(), saveNote: vi.fn(),
    setOpen: vi.fn((open: boolean) => store.getState().setOpen(open)), setWidth: vi.fn(), setGroupBy: vi.fn((g) => store.getState().setGroupBy(g)), select: vi.fn(),
    ...extra,
  };
  render(<SidebarApp store={store} actions={actions} />);
  return { store, actions };
}

const cards = () => screen.getAllByTestId('finding');

describe('sidebar', () => {
  it('shows metadata, counts and cards with the contract attributes', () => {
    setup();
    expect(screen.getByTestId('fashen-sidebar')).toBeTruthy();
    expect(screen.getByTestId('doc-issuer').textContent).toBe('某市人民政府办公室');
    expect(screen.getByTestId('doc-number').textContent).toBe('某府办发〔2024〕3号');
    expect(screen.getByTestId('doc-type-source').textContent).toBe('自动识别');
    const counts = screen.getByTestId('severity-counts');
    expect(counts.querySelector('[data-severity="error"]')?.getAttribute('data-count')).toBe('2');
    expect(counts.querySelector('[data-severity="info"]')?.getAttribute('data-count')).toBe('1');
    expect(cards().map((c) => [c.dataset.ruleId, c.dataset.category, c.dataset.severity])).toContainEqual([
      'penalty-set-by-normative-document', 'unauthorized-penalty', 'error',
    ]);
    expect(screen.getByText('违法设定或加重行政处罚', { selector: 'h3 *, h3' })).toBeTruthy();
  });

  it('groups by article on request', () => {
    setup();
    fireEvent.click(screen.getByTestId('group-by-article'));
    const titles = screen.getAllByTestId('finding-group').map((g) => g.getAttribute('aria-label'));
    expect(titles).toEqual(['第二条', '第四条', '未编入条文']);
  });

  it('shows the legal basis, and the article text on demand', () => {
    setup();
    const card = cards()[0]!;
    expect(card.textContent).toContain('《行政处罚法》第十六条');
    expect(card.textContent).toContain('国办发〔2018〕37号');
    expect(card.textContent).not.toContain('其他规范性文件不得设定');
    fireEvent.click(within(card).getByText('查看条文'));
    expect(card.textContent).toContain('其他规范性文件不得设定');
  });

  it('offers apply only when the finding has a replacement, and shows a refusal', () => {
    const { store, actions } = setup();
    const byId = (id: string) => cards().find((c) => c.dataset.findingId === id)!;
    expect(within(byId('a')).queryByText('应用修改')).toBeNull();
    fireEvent.click(within(byId('c')).getByText('应用修改'));
    expect(actions.apply).toHaveBeenCalledWith('c');
    act(() => store.getState().setFixError('c', '原文已改变，未修改。'));
    expect(within(byId('c')).getByTestId('fix-error').textContent).toContain('原文已改变');
  });

  it('ignores with a reason and lists ignored findings for restoring', () => {
    const { store, actions } = setup();
    const card = cards()[0]!;
    fireEvent.click(within(card).getByText('忽略'));
    fireEvent.change(within(card).getByTestId('ignore-reason'), { target: { value: '误报' } });
    fireEvent.change(within(card).getByTestId('ignore-detail'), { target: { value: '已核实' } });
    fireEvent.click(within(card).getByText('确认忽略'));
    expect(actions.ignore).toHaveBeenCalledWith('a', '误报：已核实', 'false-positive');
    act(() => store.setState({ ignored: { a: { status: 'false-positive', reason: '误报：已核实', ruleId: 'r', quote: '罚款', at: 1 } } }));
    expect(cards().map((c) => c.dataset.findingId)).toEqual(['b', 'c']);
    fireEvent.click(screen.getByText('已忽略 (1)'));
    expect(screen.getByTestId('ignored').textContent).toContain('误报');
    fireEvent.click(within(screen.getByTestId('ignored-list')).getByText('恢复'));
    expect(actions.restore).toHaveBeenCalledWith('a');
  });

  it('saves a note', () => {
    const { store, actions } = setup();
    const card = cards()[1]!;
    fireEvent.click(within(card).getByText('备注'));
    fireEvent.change(within(card).getByRole('textbox'), { target: { value: '请说明设立分支机构的依据' } });
    fireEvent.click(within(card).getByText('保存备注'));
    expect(actions.saveNote).toHaveBeenCalledWith('b', '请说明设立分支机构的依据');
    act(() => store.setState({ notes: { b: { text: '请说明设立分支机构的依据', noteId: 'n1' } } }));
    expect(within(cards()[1]!).getByTestId('note').textContent).toContain('请说明设立分支机构的依据');
  });

  it('corrects the document type and picks the editor', () => {
    const { actions } = setup();
    fireEvent.change(screen.getByTestId('doc-type'), { target: { value: 'government-rule' } });
    expect(actions.setDocType).toHaveBeenCalledWith('government-rule');
    fireEvent.change(screen.getByTestId('editor-select'), { target: { value: '1' } });
    expect(actions.selectEditor).toHaveBeenCalledWith(1);
  });

  it('is keyboard navigable: arrows move between cards, Enter goes to the text, Escape collapses', () => {
    const { actions } = setup();
    const [first, second] = cards();
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'Enter' });
    expect(actions.reveal).toHaveBeenCalledWith(second!.dataset.findingId);
    fireEvent.keyDown(second!, { key: 'Escape' });
    expect(actions.setOpen).toHaveBeenCalledWith(false);
    const tab = screen.getByRole('button', { name: '展开法审助手侧栏' });
    expect(screen.getByTestId('fashen-sidebar').getAttribute('data-open')).toBe('false');
    expect(tab.textContent).toContain('3');
    fireEvent.click(tab);
    expect(actions.setOpen).toHaveBeenLastCalledWith(true);
  });

  it('marks and scrolls to the card of a clicked underline', () => {
    const { store } = setup();
    act(() => store.getState().select('b'));
    expect(cards().find((c) => c.dataset.findingId === 'b')!.getAttribute('aria-current')).toBe('true');
  });

  it('resizes from the keyboard on its separator', () => {
    const { actions } = setup();
    const handle = screen.getByRole('separator');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(actions.setWidth).toHaveBeenCalledWith(380 + 24);
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(actions.setWidth).toHaveBeenLastCalledWith(380 - 24);
  });

  it('renders a long list in pages, and always the card of a clicked underline', () => {
    const { store } = setup();
    const many = Array.from({ length: 250 }, (_, i) => f({ id: `m${i}`, start: i, end: i + 1 }));
    act(() => store.getState().setResult(many, { docType: 'normative-document', docTypeSource: 'default', articleCount: 0 }, 1000, 5));
    expect(cards()).toHaveLength(100);
    act(() => store.getState().select('m180'));
    expect(cards().map((c) => c.dataset.findingId)).toContain('m180');
    fireEvent.click(screen.getByTestId('show-more'));
    expect(cards().length).toBeGreaterThan(190);
    expect(screen.getByTestId('severity-counts').textContent).toContain('250');
  });
});

const AUTHOR = { name: '李审', department: '法制科' };
const sel = (text: string, start: number, exact: string) =>
  [
    { type: 'TextQuoteSelector' as const, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
    { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  ] as [NonNullable<NoteRow['target']>[0], NonNullable<NoteRow['target']>[1]];
const TEXT = '第四条 外地企业应当在本市设立分支机构。第五条 本规定自发布之日起施行。';
const note = (over: Partial<NoteRow> & Pick<NoteRow, 'id'>): NoteRow => ({
  rev: 0, documentId: 'd', versionId: 'v1', comment: '', author: AUTHOR, createdAt: 1, updatedAt: 1, history: [], ...over,
});

describe('decisions and notes', () => {
  it('records 采纳 and 部分采纳 (with a comment) and shows the decision on the card', () => {
    const decide = vi.fn();
    const { store } = setup({ decide });
    const card = () => cards().find((c) => c.dataset.findingId === 'b')!;
    fireEvent.click(within(card()).getByText('采纳'));
    expect(decide).toHaveBeenCalledWith('b', 'accepted');
    fireEvent.click(within(card()).getByText('部分采纳'));
    fireEvent.change(within(card()).getByTestId('partial-reason'), { target: { value: '保留备案，删去指定' } });
    fireEvent.click(within(card()).getByText('确认部分采纳'));
    expect(decide).toHaveBeenLastCalledWith('b', 'partial', '保留备案，删去指定');
    const decision = { findingId: 'b', status: 'partial', reason: '保留备案，删去指定' } as DecisionRow;
    act(() => store.setState({ decisions: { b: decision } }));
    expect(within(card()).getByTestId('decision').textContent).toBe('审核决定：部分采纳：保留备案，删去指定');
  });

  it('shows no decision buttons without a review database', () => {
    setup();
    expect(within(cards()[0]!).queryByText('采纳')).toBeNull();
    expect(screen.queryByTestId('note-selection')).toBeNull();
  });

  it('the ignore form says what it will record: 误报 for that reason, 不采纳 otherwise', () => {
    setup();
    const card = cards()[0]!;
    fireEvent.click(within(card).getByText('忽略'));
    expect(within(card).getByTestId('ignore-status').textContent).toBe('将记为“不采纳”');
    fireEvent.change(within(card).getByTestId('ignore-reason'), { target: { value: '误报' } });
    expect(within(card).getByTestId('ignore-status').textContent).toBe('将记为“误报”');
  });

  it('adds a note on the editor selection, or says to select first', () => {
    let span: { start: number; end: number; exact: string } | undefined;
    const captureSelection = vi.fn(() => span);
    const addNote = vi.fn();
    setup({ captureSelection, addNote });
    fireEvent.click(screen.getByTestId('note-selection'));
    expect(within(screen.getByTestId('notes')).getByRole('status').textContent).toBe('请先在编辑器中选中要批注的文字。');
    span = { start: 4, end: 8, exact: '外地企业' };
    fireEvent.click(screen.getByTestId('note-selection'));
    const form = screen.getByTestId('selection-note-form');
    expect(form.querySelector('blockquote')!.textContent).toBe('外地企业');
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: '排斥外地经营者' } });
    fireEvent.click(within(form).getByText('保存批注'));
    expect(addNote).toHaveBeenCalledWith(span, '排斥外地经营者');
    expect(screen.queryByTestId('selection-note-form')).toBeNull();
  });

  it('lists notes in text order with replies, keeps orphans with their quote, and edits and replies', () => {
    const editNote = vi.fn();
    const replyNote = vi.fn();
    const revealNote = vi.fn();
    const { store } = setup({ captureSelection: () => undefined, editNote, replyNote, revealNote });
    const s1 = sel(TEXT, 10, '设立分支机构');
    const s0 = sel(TEXT, 4, '外地企业');
    act(() =>
      store.getState().setReview({ documentId: 'd', versionId: 'v2', text: TEXT }, [
        note({ id: 'n1', comment: '要求设立分支机构', target: s1, anchor: { versionId: 'v2', status: 'anchored', selector: s1 }, createdAt: 1 }),
        note({ id: 'n2', comment: '外地企业的提法', target: s0, anchor: { versionId: 'v2', status: 'anchored', selector: s0 }, createdAt: 2, history: [{ comment: '旧', at: 1, author: AUTHOR }] }),
        note({ id: 'n3', comment: '引文已删', target: sel('第三条 应当取得指定机构证明。', 4, '应当取得指定机构证明'), anchor: { versionId: 'v2', status: 'orphan' }, createdAt: 3 }),
        note({ id: 'r1', parentId: 'n1', comment: '同意', createdAt: 4, author: { name: '王五', department: '' } }),
      ], []),
    );
    const items = screen.getAllByTestId('note-item');
    expect(items.map((i) => i.dataset.noteId)).toEqual(['n2', 'n1', 'n3']);
    expect(items[0]!.textContent).toContain('已修改');
    expect(within(items[1]!).getByTestId('note-reply').textContent).toContain('同意');
    expect(within(items[1]!).getByTestId('note-reply').textContent).toContain('王五');
    const orphans = screen.getByTestId('orphans');
    expect(orphans.textContent).toContain('无法定位的批注');
    expect(within(orphans).getByTestId('note-quote').textContent).toBe('应当取得指定机构证明');
    expect(within(orphans).queryByText('定位')).toBeNull();

    fireEvent.click(within(items[0]!).getByText('定位'));
    expect(revealNote).toHaveBeenCalledWith('n2');
    fireEvent.click(within(items[0]!).getByText('编辑'));
    const edit = within(items[0]!).getByTestId('note-edit-form');
    expect((within(edit).getByRole('textbox') as HTMLTextAreaElement).value).toBe('外地企业的提法');
    fireEvent.change(within(edit).getByRole('textbox'), { target: { value: '外地经营者的提法' } });
    fireEvent.click(within(edit).getByText('保存修改'));
    expect(editNote).toHaveBeenCalledWith('n2', '外地经营者的提法');
    fireEvent.click(within(items[1]!).getByText('回复'));
    const reply = within(items[1]!).getByTestId('note-reply-form');
    fireEvent.change(within(reply).getByRole('textbox'), { target: { value: '已转起草单位' } });
    fireEvent.click(within(reply).getByText('发送回复'));
    expect(replyNote).toHaveBeenCalledWith('n1', '已转起草单位');
  });
});
