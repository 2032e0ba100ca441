/** lib/page/watch: input events and DOM mutations, debounced; the unsubscribe stops everything. */
import { afterEach, describe, expect, it } from 'vitest';
import { watchEditor } from '../../lib/page/watch';
import type { EditorHandle } from '../../lib/page/editors';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('watchEditor', () => {
  it('debounces a burst of mutations into one call, and stops after unsubscribe', async () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"><p>甲</p></div>';
    const el = document.getElementById('a')!;
    const ed: EditorHandle = { kind: 'contenteditable', element: el, root: el, doc: document, label: 'a' };
    let n = 0;
    const stop = watchEditor(ed, () => n++, 30);
    (el.firstChild!.firstChild as Text).data = '甲乙';
    el.append(document.createElement('p'));
    el.dispatchEvent(new Event('input'));
    await sleep(80);
    expect(n).toBe(1);
    stop();
    (el.firstChild!.firstChild as Text).data = '丙';
    await sleep(80);
    expect(n).toBe(1);
  });

  it('notices textarea input events', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const ed: EditorHandle = { kind: 'textarea', element: ta, root: ta, doc: document, label: 't' };
    let n = 0;
    const stop = watchEditor(ed, () => n++, 20);
    ta.value = '甲';
    ta.dispatchEvent(new Event('input'));
    await sleep(60);
    expect(n).toBe(1);
    stop();
  });
});
