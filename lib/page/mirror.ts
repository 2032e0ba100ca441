/**
 * Mirror layer for <textarea>/<input> (peers.md d2): Ranges cannot enter a field's value, so an invisible copy of
 * the field's text box — same font, padding, border, wrapping and scroll — is laid exactly over it and the marks
 * are drawn there. The layer lives in a shadow root appended to <body>: it is outside the field's layout flow,
 * page CSS cannot reach its spans, and pointer-events:none lets every click through to the field.
 */
import { isRendered, winOf } from './dom-utils';
import { MIRROR_CSS, type Severity } from './styles';

export interface MirrorSpan {
  id: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface Mirror {
  setSpans(spans: MirrorSpan[]): void;
  /** Temporary background on text[start, end). */
  flash(start: number, end: number, ms: number): void;
  /** Offset of character k from the top of the field's content (unscrolled), in px. */
  measureTop(k: number): number;
  /** Client rect (field document) of text[start, end), after the current scroll. */
  rectOf(start: number, end: number): DOMRect | null;
  hitTest(x: number, y: number): string | undefined;
  sync(): void;
  destroy(): void;
  readonly host: HTMLElement;
}

type Field = HTMLTextAreaElement | HTMLInputElement;

const COPIED = [
  'box-sizing', 'width', 'height', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'font-stretch', 'font-kerning', 'font-feature-settings', 'font-variation-settings', 'line-height',
  'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'text-rendering', 'tab-size',
  'direction', 'writing-mode', 'word-break', 'line-break', 'hyphens', 'overflow-wrap', 'padding-top',
  'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width',
  'border-bottom-width', 'border-left-width', 'border-top-style', 'border-right-style', 'border-bottom-style',
  'border-left-style',
];

const mirrors = new WeakMap<Field, Mirror>();

/** The live mirror of a field (created by its highlighter), if any. */
export const mirrorOf = (field: Field): Mirror | undefined => mirrors.get(field);

export function createMirror(field: Field): Mirror {
  const doc = field.ownerDocument;
  const win = winOf(doc)!;
  const isInput = field.tagName.toLowerCase() === 'input';

  const host = doc.createElement('fashen-mirror');
  host.setAttribute('data-fashen', 'mirror');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText =
    'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; margin: 0; padding: 0; border: 0; ' +
    'pointer-events: none; overflow: visible; display: block;';
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(shadow, `:host { all: initial; } ${MIRROR_CSS}`);
  const marksLayer = doc.createElement('div');
  const activeLayer = doc.createElement('div');
  shadow.append(activeLayer, marksLayer);
  (doc.body ?? doc.documentElement).appendChild(host);

  let spans: MirrorSpan[] = [];
  let text = field.value;
  let active: { start: number; end: number } | null = null;
  let activeTimer: ReturnType<typeof setTimeout> | undefined;
  let raf = 0;

  function styleLayer(layer: HTMLElement): void {
    const cs = win.getComputedStyle(field);
    const parts = ['all: initial', 'position: absolute', 'left: 0', 'top: 0', 'margin: 0', 'overflow: hidden',
      'color: transparent', 'border-color: transparent', 'background: transparent', 'pointer-events: none'];
    for (const p of COPIED) parts.push(`${p}: ${cs.getPropertyValue(p)}`);
    // The field's scrollbars take room from its text box; the mirror has none, so pad instead.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const bt = parseFloat(cs.borderTopWidth) || 0;
    const bb = parseFloat(cs.borderBottomWidth) || 0;
    const sbW = Math.max(0, field.offsetWidth - field.clientWidth - bl - br);
    const sbH = Math.max(0, field.offsetHeight - field.clientHeight - bt - bb);
    const pr = (parseFloat(cs.paddingRight) || 0) + sbW;
    const pb = (parseFloat(cs.paddingBottom) || 0) + sbH;
    parts.push(`padding-right: ${pr}px`, `padding-bottom: ${pb}px`);
    parts.push('box-sizing: border-box', `width: ${field.offsetWidth}px`, `height: ${field.offsetHeight}px`);
    if (isInput) {
      parts.push('white-space: pre', 'display: flex', 'align-items: center');
    } else {
      parts.push('white-space: pre-wrap', 'overflow-wrap: break-word', 'display: block');
    }
    layer.style.cssText = parts.join('; ');
  }

  function position(): void {
    if (!field.isConnected || !isRendered(field)) {
      host.style.display = 'none';
      return;
    }
    host.style.display = 'block';
    const r = field.getBoundingClientRect();
    host.style.left = '0px';
    host.style.top = '0px';
    const o = host.getBoundingClientRect();
    host.style.left = `${r.left - o.left}px`;
    host.style.top = `${r.top - o.top}px`;
    host.style.zIndex = String(zAbove(field));
  }

  function fill(layer: HTMLElement, intervals: { start: number; end: number; cls: string; id?: string }[]): void {
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const iv of intervals) {
      if (iv.start > at) frag.append(text.slice(at, iv.start));
      const span = doc.createElement('span');
      span.className = iv.cls;
      if (iv.id) span.dataset.id = iv.id;
      span.textContent = text.slice(iv.start, iv.end);
      frag.append(span);
      at = iv.end;
    }
    // A trailing newline needs a character after it to get its own line box.
    frag.append(text.slice(at) + (isInput ? '' : '\u200b'));
    layer.replaceChildren(frag);
  }

  function draw(): void {
    fill(marksLayer, flatten(spans, text.length));
    fill(activeLayer, active && active.end <= text.length ? [{ ...active, cls: 'm-active' }] : []);
    scroll();
  }

  function scroll(): void {
    for (const l of [marksLayer, activeLayer]) {
      l.scrollTop = field.scrollTop;
      l.scrollLeft = field.scrollLeft;
    }
  }

  function sync(): void {
    styleLayer(marksLayer);
    styleLayer(activeLayer);
    position();
    scroll();
  }

  const schedule = (): void => {
    if (raf) return;
    raf = win.requestAnimationFrame(() => {
      raf = 0;
      sync();
    });
  };

  const onInput = (): void => {
    const next = field.value;
    spans = shiftSpans(text, next, spans);
    if (active) active = shiftSpans(text, next, [{ id: '', severity: 'info', ...active }])[0] ?? null;
    text = next;
    draw();
  };

  field.addEventListener('scroll', scroll);
  field.addEventListener('input', onInput);
  doc.addEventListener('scroll', schedule, true); // any scroll container may move the field
  win.addEventListener('resize', schedule);
  const ro = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(schedule) : undefined;
  ro?.observe(field);
  if (doc.body) ro?.observe(doc.body);

  sync();
  draw();

  const mirror: Mirror = {
    host,
    setSpans(next) {
      text = field.value;
      spans = next.filter((s) => s.start < s.end && s.end <= text.length);
      sync();
      draw();
    },
    flash(start, end, ms) {
      text = field.value;
      active = { start, end };
      draw();
      clearTimeout(activeTimer);
      activeTimer = setTimeout(() => {
        active = null;
        draw();
      }, ms);
    },
    measureTop(k) {
      const probe = doc.createElement('div');
      styleLayer(probe);
      probe.style.height = 'auto';
      probe.style.visibility = 'hidden';
      const marker = doc.createElement('span');
      marker.textContent = '\u200b';
      probe.append(field.value.slice(0, k), marker, field.value.slice(k));
      shadow.appendChild(probe);
      const top = marker.getBoundingClientRect().top - probe.getBoundingClientRect().top;
      probe.remove();
      return top;
    },
    rectOf(start, end) {
      text = field.value;
      const saved = active;
      fill(activeLayer, [{ start, end, cls: saved ? 'm-active' : '' }]);
      scroll();
      const el = activeLayer.querySelector('span');
      const r = el?.getBoundingClientRect() ?? null;
      fill(activeLayer, saved ? [{ ...saved, cls: 'm-active' }] : []);
      scroll();
      return r;
    },
    hitTest(x, y) {
      const fr = field.getBoundingClientRect();
      if (x < fr.left || x > fr.right || y < fr.top || y > fr.bottom) return undefined;
      for (const el of Array.from(marksLayer.querySelectorAll<HTMLElement>('span[data-id]'))) {
        for (const r of Array.from(el.getClientRects())) {
          if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 3) return el.dataset.id;
        }
      }
      return undefined;
    },
    sync,
    destroy() {
      field.removeEventListener('scroll', scroll);
      field.removeEventListener('input', onInput);
      doc.removeEventListener('scroll', schedule, true);
      win.removeEventListener('resize', schedule);
      ro?.disconnect();
      if (raf) win.cancelAnimationFrame(raf);
      clearTimeout(activeTimer);
      host.remove();
      if (mirrors.get(field) === mirror) mirrors.delete(field);
    },
  };
  mirrors.set(field, mirror);
  return mirror;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Non-overlapping intervals: where spans overlap, the most severe (then shortest) one wins. */
export function flatten(spans: MirrorSpan[], len: number): { start: number; end: number; cls: string; id: string }[] {
  const cuts = new Set<number>();
  for (const s of spans) {
    if (s.start >= s.end || s.end > len) continue;
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { start: number; end: number; cls: string; id: string }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let top: MirrorSpan | undefined;
    for (const s of spans) {
      if (s.start > a || s.end < b || s.end > len) continue;
      if (!top || RANK[s.severity] > RANK[top.severity] || (RANK[s.severity] === RANK[top.severity] && s.end - s.start < top.end - top.start)) top = s;
    }
    if (!top) continue;
    const prev = out[out.length - 1];
    if (prev && prev.id === top.id && prev.end === a) prev.end = b;
    else out.push({ start: a, end: b, cls: `m m-${top.severity}`, id: top.id });
  }
  return out;
}

/** Moves spans through an edit (common prefix/suffix diff); spans touching the changed region are dropped. */
export function shiftSpans<T extends { start: number; end: number }>(before: string, after: string, spans: T[]): T[] {
  if (before === after) return spans;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const oldEnd = before.length - s;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const sp of spans) {
    if (sp.end <= p) out.push(sp);
    else if (sp.start >= oldEnd) out.push({ ...sp, start: sp.start + delta, end: sp.end + delta });
  }
  return out;
}

/** Styles for the shadow root: a constructed sheet (not subject to a page's style-src CSP), else a <style>. */
function adoptCss(shadow: ShadowRoot, css: string): void {
  const win = winOf(shadow.ownerDocument);
  try {
    if (win && 'adoptedStyleSheets' in shadow) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall through
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
}

/** A z-index that puts the layer over the field: one above the highest z-index among its ancestors. */
function zAbove(el: Element): number {
  const win = winOf(el.ownerDocument);
  let z = 0;
  for (let e: Element | null = el; e && win; e = e.parentElement) {
    const v = parseInt(win.getComputedStyle(e).zIndex, 10);
    if (!Number.isNaN(v)) z = Math.max(z, v);
  }
  return Math.min(z + 1, 2147483000);
}
