/** A fake lib/page over happy-dom (which has no CSS highlights): records what the controller asks of it. */
import type { ApplyResult, EditorLike, ExtractedLike, HighlightSpan, PageApi } from '../../lib/sidebar/page-api';

export interface FakeEditor extends EditorLike {
  root: HTMLElement;
}

export interface FakePage extends PageApi<FakeEditor, ExtractedLike> {
  rendered: Map<Element, HighlightSpan[]>;
  revealed: { start: number; end: number }[];
  hit: string | undefined;
  refuse: string | undefined;
}

const isEditable = (el: Element) => el.tagName === 'TEXTAREA' || el.getAttribute('contenteditable') === 'true';

function handle(el: HTMLElement): FakeEditor {
  return {
    kind: el.tagName === 'TEXTAREA' ? 'textarea' : el.tagName === 'ARTICLE' ? 'readonly' : 'contenteditable',
    element: el,
    root: el,
    doc: el.ownerDocument,
    label: el.getAttribute('aria-label') ?? el.tagName.toLowerCase(),
  };
}

const textOf = (ed: FakeEditor) => (ed.root instanceof HTMLTextAreaElement ? ed.root.value : (ed.root.textContent ?? ''));

export function createFakePage(): FakePage {
  const fake: FakePage = {
    rendered: new Map(),
    revealed: [],
    hit: undefined,
    refuse: undefined,
    // like lib/page, a read-only block counts only once it holds text
    findEditors: (doc) =>
      [...doc.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"], article')]
        .filter((el) => el.tagName !== 'ARTICLE' || !!el.textContent)
        .map(handle),
    pickPrimary: (eds) => [...eds].sort((a, b) => textOf(b).length - textOf(a).length)[0],
    editorFromEvent(target) {
      if (!(target instanceof Element)) return undefined;
      const el = target.closest<HTMLElement>('textarea, [contenteditable="true"]');
      return el && isEditable(el) ? handle(el) : undefined;
    },
    extractText: (ed) => ({ text: textOf(ed) }),
    createHighlighter: (ed) => ({
      render: (spans) => void fake.rendered.set(ed.element, spans),
      clear: () => void fake.rendered.set(ed.element, []),
      destroy: () => void fake.rendered.delete(ed.element),
      hitTest: () => fake.hit,
    }),
    applyFix(ed, span, replacement): ApplyResult {
      if (fake.refuse) return { ok: false, reason: fake.refuse };
      const text = textOf(ed);
      if (text.slice(span.start, span.end) !== span.quote) return { ok: false, reason: '原文已改变。' };
      const next = text.slice(0, span.start) + replacement + text.slice(span.end);
      if (ed.root instanceof HTMLTextAreaElement) ed.root.value = next;
      else ed.root.textContent = next;
      return { ok: true };
    },
    revealSpan: (_ed, _ex, start, end) => void fake.revealed.push({ start, end }),
    watchEditor(ed, onChange) {
      const fn = () => onChange();
      ed.root.addEventListener('input', fn);
      return () => ed.root.removeEventListener('input', fn);
    },
  };
  return fake;
}
