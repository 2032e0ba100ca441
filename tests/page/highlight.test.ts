/** lib/page/highlight + mirror helpers: shared per-document highlights, untouched editor DOM, span geometry. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter, docHighlights } from '../../lib/page/highlight';
import { extractText } from '../../lib/page/extract';
import { flatten, shiftSpans } from '../../lib/page/mirror';
import type { EditorHandle } from '../../lib/page/editors';

/** happy-dom has no CSS Custom Highlight API: a minimal stand-in (a Highlight is a set of ranges). */
class FakeHighlight extends Set<Range> {
  priority = 0;
}
const w = window as unknown as { Highlight?: unknown; CSS: { highlights?: Map<string, FakeHighlight> } };
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');

beforeEach(() => {
  w.Highlight = FakeHighlight;
  Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true, writable: true });
});
afterEach(() => {
  document.body.innerHTML = '';
  document.getElementById('fashen-highlight-style')?.remove();
  delete w.Highlight;
  if (realCss) Object.defineProperty(window, 'CSS', realCss);
});

function ce(id: string): EditorHandle {
  const el = document.getElementById(id)!;
  return { kind: 'contenteditable', element: el, root: el, doc: document, label: id };
}

describe('createHighlighter (DOM editors)', () => {
  it('registers fashen-* highlights, injects one style, leaves the editor innerHTML byte-identical', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"><p><b>第一条</b>　处一万元罚款。</p><p>第二条　鼓励经营。</p></div>';
    const ed = ce('a');
    const before = ed.root.innerHTML;
    const ex = extractText(ed);
    const hl = createHighlighter(ed);
    const at = (q: string) => ex.text.indexOf(q);
    hl.render(
      [
        { id: 'e', start: at('处一万元罚款'), end: at('处一万元罚款') + 6, severity: 'error' },
        { id: 'i', start: at('鼓励'), end: at('鼓励') + 2, severity: 'info' },
        { id: 'w', start: 3, end: 4, severity: 'warning' }, // the ideographic space after 第一条
      ],
      ex,
    );
    const reg = w.CSS.highlights!;
    expect([...reg.keys()].sort()).toEqual(['fashen-active', 'fashen-error', 'fashen-info', 'fashen-warning']);
    expect([...reg.get('fashen-error')!].map((r) => r.toString())).toEqual(['处一万元罚款']);
    expect([...reg.get('fashen-info')!].map((r) => r.toString())).toEqual(['鼓励']);
    expect(reg.get('fashen-error')!.priority).toBeGreaterThan(reg.get('fashen-warning')!.priority);
    expect(ed.root.innerHTML).toBe(before);
    hl.render([], ex);
    hl.render([], ex);
    expect(document.querySelectorAll('#fashen-highlight-style')).toHaveLength(1);
    expect(reg.get('fashen-error')!.size).toBe(0);
  });

  it('two editors in one document add and clear only their own ranges', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true">甲罚款</div><div id="b" contenteditable="true">乙罚款</div>';
    const [a, b] = [ce('a'), ce('b')];
    const ha = createHighlighter(a);
    const hb = createHighlighter(b);
    ha.render([{ id: 'a', start: 1, end: 3, severity: 'error' }], extractText(a));
    hb.render([{ id: 'b', start: 1, end: 3, severity: 'error' }], extractText(b));
    const err = w.CSS.highlights!.get('fashen-error')!;
    expect(err.size).toBe(2);
    hb.clear();
    expect([...err].map((r) => r.startContainer.parentElement?.id)).toEqual(['a']);
    ha.destroy();
    expect(err.size).toBe(0);
  });

  it('re-registers its highlights when the page clears the registry', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true">甲罚款</div>';
    const h = docHighlights(document)!;
    w.CSS.highlights!.clear();
    expect(docHighlights(document)).toBe(h);
    expect(w.CSS.highlights!.get('fashen-error')).toBe(h.error);
  });

  it('does nothing harmful where the API is missing', () => {
    delete w.Highlight;
    document.body.innerHTML = '<div id="a" contenteditable="true">甲罚款</div>';
    const hl = createHighlighter(ce('a'));
    expect(() => hl.render([{ id: 'x', start: 1, end: 3, severity: 'error' }], extractText(ce('a')))).not.toThrow();
    expect(hl.hitTest(0, 0)).toBeUndefined();
  });
});

describe('mirror helpers', () => {
  it('flatten: overlapping spans become disjoint intervals, the most severe wins', () => {
    expect(
      flatten(
        [
          { id: 'w', start: 0, end: 10, severity: 'warning' },
          { id: 'e', start: 4, end: 6, severity: 'error' },
          { id: 'bad', start: 8, end: 99, severity: 'error' },
        ],
        20,
      ),
    ).toEqual([
      { start: 0, end: 4, cls: 'm m-warning', id: 'w' },
      { start: 4, end: 6, cls: 'm m-error', id: 'e' },
      { start: 6, end: 10, cls: 'm m-warning', id: 'w' },
    ]);
  });

  it('shiftSpans: keeps spans before an edit, shifts spans after it, drops spans it touched', () => {
    const before = '甲乙丙丁戊己庚';
    const after = '甲乙XX丙丁戊己庚'; // inserted 2 chars at 2
    const spans = [
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 3, end: 5 },
      { id: 'c', start: 1, end: 3 },
    ];
    expect(shiftSpans(before, after, spans)).toEqual([
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 5, end: 7 },
    ]);
  });
});
