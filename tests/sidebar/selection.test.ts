/** The editor selection as offsets into the extracted text (what a note on selected text is anchored with). */
import { beforeEach, describe, expect, it } from 'vitest';
import { extractDom } from '../../lib/page';
import { selectionIn } from '../../lib/sidebar/selection';

beforeEach(() => {
  document.body.innerHTML = '';
});

const ce = (html: string) => {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  div.innerHTML = html;
  document.body.append(div);
  return { kind: 'contenteditable' as const, element: div, doc: document, label: '正文' };
};

describe('selectionIn', () => {
  it('maps a DOM selection across elements and blocks to the extracted text', () => {
    const ed = ce('<p>第一条　本市<b>外地企业</b>应当登记。</p><p>第二条　施行。</p>');
    const ex = extractDom(ed.element);
    const b = ed.element.querySelector('b')!.firstChild!;
    const second = ed.element.querySelectorAll('p')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(b, 2);
    range.setEnd(second, 3);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const span = selectionIn(ed, ex)!;
    expect(span.exact).toBe('企业应当登记。\n第二条');
    expect(ex.text.slice(span.start, span.end)).toBe(span.exact);
  });

  it('takes element boundary points and trims white space at the ends; nothing for a collapsed selection', () => {
    const ed = ce('<p>第一条　外地企业</p><p>第二条</p>');
    const ex = extractDom(ed.element);
    const range = document.createRange();
    range.setStart(ed.element, 0);
    range.setEnd(ed.element.querySelector('p')!, 1);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(selectionIn(ed, ex)?.exact).toBe('第一条　外地企业');
    getSelection()!.collapseToStart();
    expect(selectionIn(ed, ex)).toBeUndefined();
  });

  it('reads a textarea’s selection (its value is the text)', () => {
    const ta = document.createElement('textarea');
    ta.value = '第一条 外地企业应当登记。';
    document.body.append(ta);
    const ed = { kind: 'textarea' as const, element: ta, doc: document, label: '正文' };
    ta.setSelectionRange(3, 9);
    expect(selectionIn(ed, { text: ta.value })).toEqual({ start: 4, end: 9, exact: '外地企业应' });
    ta.setSelectionRange(2, 2);
    expect(selectionIn(ed, { text: ta.value })).toBeUndefined();
  });
});
