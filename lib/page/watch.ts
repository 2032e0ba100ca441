/**
 * Re-check after edits: input events plus a MutationObserver on the editor root (characterData, childList,
 * subtree), debounced. Value fields also get a slow poll, because page scripts that set .value fire no event.
 */
import type { EditorHandle } from './editors';
import { winOf } from './dom-utils';

const POLL_MS = 1000;

export function watchEditor(ed: EditorHandle, onChange: () => void, delayMs = 400): () => void {
  const win = winOf(ed.doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const fire = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stopped) onChange();
    }, delayMs);
  };
  const cleanups: (() => void)[] = [];
  const on = (t: EventTarget, type: string, fn: () => void, capture = false): void => {
    t.addEventListener(type, fn, capture);
    cleanups.push(() => t.removeEventListener(type, fn, capture));
  };

  on(ed.root, 'input', fire);
  on(ed.root, 'change', fire);

  if (ed.kind === 'textarea' || ed.kind === 'input') {
    const field = ed.root as HTMLTextAreaElement | HTMLInputElement;
    let last = field.value;
    on(field, 'input', () => {
      last = field.value;
    });
    const poll = setInterval(() => {
      if (field.value !== last) {
        last = field.value;
        fire();
      }
    }, POLL_MS);
    cleanups.push(() => clearInterval(poll));
  } else {
    const MO = win?.MutationObserver ?? MutationObserver;
    const mo = new MO(fire);
    mo.observe(ed.root, { characterData: true, childList: true, subtree: true });
    cleanups.push(() => mo.disconnect());
    // An iframe editor that reloads gets a new document: the handle is stale, the caller must re-discover.
    if (ed.kind === 'iframe') on(ed.element, 'load', fire);
  }

  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const c of cleanups) c();
  };
}
