/** lib/page/editors: which fields are editors, what kind and flavor, which label, and the read-only fallback. */
import { afterEach, describe, expect, it } from 'vitest';
import { editorFromEvent, findEditors, pickPrimary, sameEditor } from '../../lib/page/editors';

afterEach(() => {
  document.body.innerHTML = '';
});

const summary = () => findEditors(document).map((e) => ({ kind: e.kind, label: e.label, flavor: e.flavor, id: e.element.id }));
const CJK_300 = '本办法所称政府投资工程建设项目是指使用财政性资金的工程建设项目。'.repeat(10);

describe('findEditors', () => {
  it('finds textareas, inputs and contenteditable roots in document order, with labels', () => {
    document.body.innerHTML = `
      <form>
        <label for="title">标题：</label><input id="title" name="title">
        <div class="row"><div class="field-label">正文</div><div class="field-body"><textarea id="body"></textarea></div></div>
        <div id="rich" contenteditable="true" aria-label="起草说明"><p>甲</p><div contenteditable="true" id="nested">乙</div></div>
        <input type="checkbox" id="cb"><input type="password" id="pw">
      </form>`;
    expect(summary()).toEqual([
      { kind: 'input', label: '标题', flavor: undefined, id: 'title' },
      { kind: 'textarea', label: '正文', flavor: undefined, id: 'body' },
      { kind: 'contenteditable', label: '起草说明', flavor: undefined, id: 'rich' },
    ]);
  });

  it('skips hidden, read-only, disabled and editor-internal fields', () => {
    document.body.innerHTML = `
      <textarea id="a" style="display:none"></textarea>
      <div style="display:none"><textarea id="b"></textarea></div>
      <textarea id="c" readonly></textarea><textarea id="d" disabled></textarea><textarea id="e" hidden></textarea>
      <div contenteditable="false" id="f">x</div>
      <div class="ql-container"><div class="ql-editor" contenteditable="true" id="q"><p>甲</p></div>
        <div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`;
    expect(summary().map((e) => e.id)).toEqual(['q']);
  });

  it.each([
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill', 'Quill 正文'],
    ['<div class="ck ck-content ck-editor__editable" role="textbox" aria-label="富文本编辑器，main" contenteditable="true"></div>', 'ckeditor5', 'CKEditor 5 正文'],
    ['<div class="w-e-text-container"><div data-slate-editor="true" class="w-e-text" contenteditable="true"></div></div>', 'wangeditor', 'wangEditor 正文'],
    ['<div data-slate-editor="true" contenteditable="true"></div>', 'slate', 'Slate 正文'],
    ['<div class="ProseMirror" contenteditable="true"></div>', 'prosemirror', 'ProseMirror 正文'],
    ['<div data-lexical-editor="true" contenteditable="true"></div>', 'lexical', 'Lexical 正文'],
    ['<div class="cke_editable cke_editable_inline" contenteditable="true"></div>', 'ckeditor4', 'CKEditor 4 正文'],
    ['<div class="mce-content-body" contenteditable="true"></div>', 'tinymce', 'TinyMCE 正文'],
  ])('classifies %s', (html, flavor, label) => {
    document.body.innerHTML = html;
    expect(summary()).toMatchObject([{ kind: 'contenteditable', flavor, label }]);
  });

  it('uses a nearby form label for a flavored editor', () => {
    document.body.innerHTML =
      '<div class="oa-row"><div class="field-label">起草说明</div><div class="field-body"><div id="x" class="ql-editor" contenteditable="true"></div></div></div>';
    expect(summary()[0]!.label).toBe('Quill 起草说明');
  });

  it('falls back to the largest article/main block with ≥ 200 CJK characters when nothing is editable', () => {
    document.body.innerHTML = `<nav>首页 文件库</nav><main id="m"><h2>文稿</h2><article id="art"><h1>标题</h1><p>${CJK_300}</p></article><aside>相关链接</aside></main>`;
    const eds = findEditors(document);
    expect(eds).toHaveLength(1);
    expect(eds[0]).toMatchObject({ kind: 'readonly', root: document.getElementById('art') });
  });

  it('adds the read-only candidate next to a small comment box, but not next to a real draft', () => {
    document.body.innerHTML = `<article id="art"><p>${CJK_300}</p></article><textarea id="opinion"></textarea>`;
    expect(findEditors(document).map((e) => e.kind)).toEqual(['textarea', 'readonly']);
    (document.getElementById('opinion') as HTMLTextAreaElement).value = CJK_300;
    expect(findEditors(document).map((e) => e.kind)).toEqual(['textarea']);
  });

  it('offers no read-only candidate for short pages', () => {
    document.body.innerHTML = '<article><p>短文</p></article>';
    expect(findEditors(document)).toEqual([]);
  });
});

describe('editorFromEvent / pickPrimary / sameEditor', () => {
  it('maps a node inside an editor to its handle', () => {
    document.body.innerHTML =
      '<textarea id="t"></textarea><div id="r" contenteditable="true"><p><b id="b">甲</b></p></div><p id="out">外</p>';
    const b = document.getElementById('b')!;
    expect(editorFromEvent(b.firstChild)?.root.id).toBe('r');
    expect(editorFromEvent(document.getElementById('t'))?.kind).toBe('textarea');
    expect(editorFromEvent(document.getElementById('out'))).toBeUndefined();
    expect(editorFromEvent(null)).toBeUndefined();
    const [t, r] = findEditors(document);
    expect(sameEditor(editorFromEvent(b)!, r!)).toBe(true);
    expect(sameEditor(t!, r!)).toBe(false);
  });

  it('picks the editor holding the most Chinese text', () => {
    document.body.innerHTML = `<textarea id="t"></textarea><div id="r" contenteditable="true"><p>${CJK_300}</p></div>`;
    expect(pickPrimary(findEditors(document))?.element.id).toBe('r');
    expect(pickPrimary([])).toBeUndefined();
  });
});
