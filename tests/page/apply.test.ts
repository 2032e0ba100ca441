/** lib/page/apply: the guard (verify the quote, re-anchor to the unique nearest occurrence, or refuse). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFix, locateQuote } from '../../lib/page/apply';
import type { EditorHandle } from '../../lib/page/editors';

const TEXT = '第一条　处一万元罚款。\n第二条　处二万元罚款。\n第三条　依法处理。';

describe('locateQuote', () => {
  it('accepts the quote at its offsets', () => {
    const s = TEXT.indexOf('处一万元罚款');
    expect(locateQuote(TEXT, { start: s, end: s + 6, quote: '处一万元罚款' })).toEqual({ ok: true, start: s, end: s + 6, moved: false });
  });

  it('re-anchors moved text to the nearest occurrence', () => {
    const s = TEXT.indexOf('罚款');
    const second = TEXT.indexOf('罚款', s + 1);
    expect(locateQuote(TEXT, { start: s + 3, end: s + 5, quote: '罚款' })).toMatchObject({ ok: true, start: s, moved: true });
    expect(locateQuote(TEXT, { start: second - 2, end: second, quote: '罚款' })).toMatchObject({ ok: true, start: second });
    expect(locateQuote(TEXT, { start: 0, end: 4, quote: '依法处理' })).toMatchObject({ ok: true, start: TEXT.indexOf('依法处理') });
  });

  it('refuses when two occurrences are equally near', () => {
    const a = TEXT.indexOf('罚款');
    const b = TEXT.indexOf('罚款', a + 1);
    const mid = (a + b) / 2;
    const r = locateQuote(TEXT, { start: mid, end: mid + 2, quote: '罚款' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('多处');
  });

  it('lets prefix/suffix context decide between occurrences', () => {
    const b = TEXT.indexOf('罚款', TEXT.indexOf('罚款') + 1);
    const r = locateQuote(TEXT, { start: 0, end: 2, quote: '罚款', prefix: '二万元', suffix: '。' });
    expect(r).toMatchObject({ ok: true, start: b });
  });

  it('refuses a quote that is gone, and nonsense offsets', () => {
    const r = locateQuote(TEXT, { start: 5, end: 9, quote: '吊销执照' });
    expect(!r.ok && r.reason).toContain('未找到“吊销执照”');
    expect(locateQuote(TEXT, { start: 9, end: 3, quote: 'x' }).ok).toBe(false);
  });
});

describe('applyFix on a textarea', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  function field(): { ed: EditorHandle; ta: HTMLTextAreaElement } {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = TEXT;
    return { ed: { kind: 'textarea', element: ta, root: ta, doc: document, label: '正文' }, ta };
  }

  /** happy-dom has no execCommand: stand in for the browser's insertText on the current selection. */
  function fakeExec(ta: HTMLTextAreaElement) {
    const calls: [string, string | undefined][] = [];
    (document as unknown as { execCommand: unknown }).execCommand = (cmd: string, _ui: boolean, value?: string) => {
      calls.push([cmd, value]);
      ta.setRangeText(cmd === 'delete' ? '' : (value ?? ''), ta.selectionStart, ta.selectionEnd, 'end');
      return true;
    };
    return calls;
  }

  it('selects the re-anchored span and inserts through execCommand', () => {
    const { ed, ta } = field();
    const calls = fakeExec(ta);
    const s = TEXT.indexOf('处二万元罚款');
    const res = applyFix(ed, { start: s - 4, end: s + 2, quote: '处二万元罚款' }, '依法处罚');
    expect(res).toEqual({ ok: true, start: s, end: s + 4 });
    expect(calls).toEqual([['insertText', '依法处罚']]);
    expect(ta.value).toBe(TEXT.replace('处二万元罚款', '依法处罚'));
  });

  it('deletes with execCommand("delete") for an empty replacement', () => {
    const { ed, ta } = field();
    const calls = fakeExec(ta);
    const s = TEXT.indexOf('依法处理');
    expect(applyFix(ed, { start: s, end: s + 4, quote: '依法处理' }, '')).toMatchObject({ ok: true });
    expect(calls[0]![0]).toBe('delete');
    expect(ta.value).toBe(TEXT.replace('依法处理', ''));
  });

  it('refuses a stale quote without touching the value', () => {
    const { ed, ta } = field();
    const calls = fakeExec(ta);
    const r = applyFix(ed, { start: 0, end: 3, quote: '第九条' }, 'x');
    expect(r.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(ta.value).toBe(TEXT);
  });

  it('refuses where execCommand is missing, on read-only fields and read-only pages', () => {
    const { ed, ta } = field();
    delete (document as unknown as { execCommand?: unknown }).execCommand;
    const s = TEXT.indexOf('依法处理');
    const target = { start: s, end: s + 4, quote: '依法处理' };
    const r = applyFix(ed, target, '依法办理');
    expect(!r.ok && r.reason).toContain('execCommand');
    expect(ta.value).toBe(TEXT);
    ta.readOnly = true;
    expect(applyFix(ed, target, '依法办理').ok).toBe(false);
    expect(applyFix({ ...ed, kind: 'readonly' }, target, '依法办理')).toEqual({ ok: false, reason: '该页面为只读文稿，无法直接修改。' });
  });
});
