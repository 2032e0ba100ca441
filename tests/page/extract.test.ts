/** lib/page/extract: block boundaries, <br>, nested inline markup, whitespace, and offsets that round-trip. */
import { afterEach, describe, expect, it } from 'vitest';
import { domRange, extractDom, extractText, offsetAt, pointAt } from '../../lib/page/extract';
import type { EditorHandle } from '../../lib/page/editors';

function ce(html: string): EditorHandle {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  const el = document.getElementById('ed')!;
  return { kind: 'contenteditable', element: el, root: el, doc: document, label: 't' };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('extractText', () => {
  it.each([
    ['paragraphs', '<p>第一条</p><p>第二条</p>', '第一条\n第二条'],
    ['divs and nested blocks', '<div><div>甲</div><div>乙</div></div><div>丙</div>', '甲\n乙\n丙'],
    ['br inside a block', '<div>甲<br>乙</div>', '甲\n乙'],
    ['trailing br is invisible', '<div>甲<br></div><div>乙</div>', '甲\n乙'],
    ['empty line from <div><br></div>', '<div>甲</div><div><br></div><div>乙</div>', '甲\n\n乙'],
    ['br between paragraphs in one p', '<p class="r">江州市人民政府<br />2025年9月1日</p>', '江州市人民政府\n2025年9月1日'],
    ['nested inline markup', '<p><strong>第一条</strong>　为了<em>规范<b>管理</b></em>，制定本办法。</p>', '第一条　为了规范管理，制定本办法。'],
    ['source whitespace collapses', '<p>\n    第一条  内容\n</p>\n  <p>  第二条</p>', '第一条 内容\n第二条'],
    ['pre-wrap keeps spaces', '<p style="white-space: pre-wrap">a  b</p>', 'a  b'],
    ['hidden and script content skipped', '<p>甲<span style="display:none">隐藏</span>乙<script>var x="丙"</script></p>', '甲乙'],
    ['table cells and rows', '<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>', '甲\t乙\n丙'],
    ['lists', '<ul><li>一</li><li>二</li></ul><p>三</p>', '一\n二\n三'],
    ['empty paragraphs add nothing', '<p></p><p>甲</p><p></p><p>乙</p>', '甲\n乙'],
    ['ideographic space is text', '<p>第一条　内容</p>', '第一条　内容'],
  ])('%s', (_name, html, want) => {
    expect(extractText(ce(html)).text).toBe(want);
  });

  it('reads textarea and input values as they are', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><input id="i">';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.value = '第一条\n  第二条';
    const ed: EditorHandle = { kind: 'textarea', element: t, root: t, doc: document, label: 't' };
    expect(extractText(ed)).toEqual({ text: '第一条\n  第二条' });
  });

  it('maps every character back to its Text node (segments are exact copies)', () => {
    const ed = ce('<p><strong>第一条</strong>　为了<em>规范</em>，\n  制定<br>本办法。</p><div>第二条<span>内容</span></div>');
    const ex = extractText(ed);
    for (const s of ex.nodes!) {
      const copy = ex.text.slice(s.start, s.end);
      const src = s.node.data.slice(s.offset, s.offset + (s.end - s.start));
      // A collapsed whitespace run is one ' ' mapped to the run's first character.
      expect(copy === src || (copy === ' ' && /^\s$/.test(src)), `${copy} <- ${src}`).toBe(true);
    }
    // Every non-synthetic character is covered exactly once.
    const covered = ex.nodes!.reduce((n, s) => n + (s.end - s.start), 0);
    expect(covered).toBe(ex.text.replace(/\n/g, '').length);
  });
});

describe('domRange / pointAt / offsetAt', () => {
  const html =
    '<p class="c"><strong>临川县办法</strong></p><p><strong>第一条</strong>　投标人<em>应当为<b>本县</b>企业</em>。</p>' +
    '<div>甲<br>乙</div><p>\n  末  尾 \n</p>';

  it('round-trips every substring: range.toString() equals the text slice', () => {
    const ed = ce(html);
    const ex = extractText(ed);
    expect(ex.text).toBe('临川县办法\n第一条　投标人应当为本县企业。\n甲\n乙\n末 尾');
    for (let s = 0; s < ex.text.length; s++) {
      for (let e = s + 1; e <= ex.text.length; e++) {
        const want = ex.text.slice(s, e);
        if (/^\n|\n$/.test(want)) continue; // a span that starts/ends on a synthetic break snaps to the text
        const r = domRange(ed, ex, s, e);
        expect(r, `${s}-${e}`).not.toBeNull();
        // Range text is raw DOM text: compare without (collapsible source) whitespace.
        expect(r!.toString().replace(/\s+/g, '')).toBe(want.replace(/\s+/g, ''));
      }
    }
  });

  it('offsetAt inverts pointAt', () => {
    const ex = extractDom(ce(html).root);
    for (let k = 0; k < ex.text.length; k++) {
      if (ex.text[k] === '\n') continue;
      const p = pointAt(ex, k, 'start')!;
      expect(offsetAt(ex, p.node, p.offset)).toBe(k);
    }
  });

  it('returns null for value fields, bad spans, spans of only line breaks, and detached nodes', () => {
    const ed = ce('<p>甲</p><p>乙</p>');
    const ex = extractText(ed);
    expect(domRange(ed, ex, 1, 2)).toBeNull(); // just the '\n'
    expect(domRange(ed, ex, 2, 1)).toBeNull();
    expect(domRange(ed, ex, 0, 99)).toBeNull();
    expect(domRange(ed, { text: 'x' }, 0, 1)).toBeNull();
    ed.root.innerHTML = '<p>丙</p>';
    expect(domRange(ed, ex, 0, 1)).toBeNull();
  });
});
