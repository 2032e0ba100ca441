/**
 * lib/page in real chromium, WITHOUT the extension: lib/page is bundled into an IIFE and injected into each demo
 * page. For every editor kind: discovery, text round trip, CSS highlights / mirror marks, the editor's DOM
 * byte-identical after rendering, hit test, reveal, apply as ONE native undo step, stale quotes refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from './harness/server';
import { launchPlain, type Launched } from './harness/launch';
import { pageBundle } from './harness/page-bundle';
import { review } from '../../lib/engine';
import type * as PageLib from '../../lib/page';

declare global {
  interface Window {
    FashenPage: typeof PageLib;
  }
}

const OUT = 'e2e-results';
mkdirSync(OUT, { recursive: true });

const draft = (name: string): string =>
  readFileSync(new URL(`../../demo/drafts/${name}.txt`, import.meta.url), 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '');

type Sev = 'error' | 'warning' | 'info';
/** Phrases to underline per draft (quote, severity) and the fix to apply to the first one. */
const MARKS: Record<string, { quote: string; severity: Sev }[]> = {
  'prepaid-consumption': [
    { quote: '处五千元以上三万元以下罚款', severity: 'error' },
    { quote: '纳入本市预付式消费经营者黑名单', severity: 'warning' },
    { quote: '鼓励经营者通过商业银行存管', severity: 'info' },
  ],
  'county-bidding': [
    { quote: '投标人应当为在本县注册登记的企业', severity: 'error' },
    { quote: '诚信保证金十万元', severity: 'warning' },
    { quote: '鼓励投标人采用电子保函', severity: 'info' },
  ],
  'digital-economy': [
    { quote: '须经新区管理委员会审批后方可开展业务', severity: 'error' },
    { quote: '社区出具的无违法犯罪证明', severity: 'warning' },
    { quote: '鼓励企业建设研发中心', severity: 'info' },
  ],
};
const FIXES: Record<string, string> = {
  'prepaid-consumption': '依照有关法律、法规的规定予以处理',
  'county-bidding': '投标人应当为依法设立的企业',
  'digital-economy': '依法开展业务',
};

interface Span {
  id: string;
  start: number;
  end: number;
  severity: Sev;
  quote: string;
}

function spansFor(text: string, name: string): Span[] {
  return MARKS[name]!.map((m, i) => {
    const start = text.indexOf(m.quote);
    if (start < 0) throw new Error(`${name}: phrase not in draft: ${m.quote}`);
    return { id: `m${i}`, start, end: start + m.quote.length, severity: m.severity, quote: m.quote };
  });
}

let server: DemoServer;
let browser: Launched;
let bundle: string;

beforeAll(async () => {
  [server, browser, bundle] = await Promise.all([startDemoServer(), launchPlain(), pageBundle()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string): Promise<Page> {
  const page = await browser.page();
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && r.url() !== 'about:blank') external.push(r.url());
  });
  await page.goto(server.url + file);
  await page.waitForSelector('html[data-demo-ready="true"]');
  await page.addScriptTag({ content: bundle });
  expect(external, 'the demo loads nothing from outside').toEqual([]);
  return page;
}

/** Text of the primary editor, read in the page. */
const liveText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const P = window.FashenPage;
    return P.extractText(P.pickPrimary(P.findEditors(document))!).text;
  });

const CASES: { file: string; kind: string; flavor?: string; label: string; draft: string }[] = [
  { file: 'textarea.html', kind: 'textarea', label: '正文', draft: 'prepaid-consumption' },
  { file: 'contenteditable.html', kind: 'contenteditable', label: '正文', draft: 'county-bidding' },
  { file: 'ueditor.html', kind: 'iframe', flavor: 'ueditor', label: 'UEditor 正文', draft: 'prepaid-consumption' },
  { file: 'kindeditor.html', kind: 'iframe', flavor: 'kindeditor', label: 'KindEditor 正文', draft: 'digital-economy' },
  { file: 'tinymce.html', kind: 'iframe', flavor: 'tinymce', label: 'TinyMCE 正文', draft: 'county-bidding' },
  { file: 'ckeditor4.html', kind: 'iframe', flavor: 'ckeditor4', label: 'CKEditor 4 正文', draft: 'prepaid-consumption' },
  { file: 'ckeditor5.html', kind: 'contenteditable', flavor: 'ckeditor5', label: 'CKEditor 5 正文', draft: 'digital-economy' },
  { file: 'wangeditor.html', kind: 'contenteditable', flavor: 'wangeditor', label: 'wangEditor 正文', draft: 'county-bidding' },
  { file: 'quill.html', kind: 'contenteditable', flavor: 'quill', label: 'Quill 正文', draft: 'prepaid-consumption' },
];

describe.each(CASES)('$file', (c) => {
  const text = draft(c.draft);
  const spans = spansFor(text, c.draft);
  const fix = spans[0]!;
  let page: Page;

  beforeAll(async () => {
    page = await open(c.file);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('finds one editor of the right kind and reads the draft exactly', async () => {
    const info = await page.evaluate(() => {
      const P = window.FashenPage;
      const eds = P.findEditors(document);
      const ed = P.pickPrimary(eds)!;
      const inside = ed.kind === 'textarea' ? ed.root : ed.root.querySelector('p, div')?.firstChild;
      const fromEvent = P.editorFromEvent(inside ?? null);
      return {
        n: eds.length,
        kind: ed.kind,
        flavor: ed.flavor,
        label: ed.label,
        text: P.extractText(ed).text,
        fromEvent: !!fromEvent && P.sameEditor(fromEvent, ed),
      };
    });
    expect(info).toMatchObject({ n: 1, kind: c.kind, flavor: c.flavor, label: c.label, fromEvent: true });
    expect(info.text).toBe(text);
  });

  it('underlines without touching the editor DOM, and engine offsets map to the same text in the DOM', async () => {
    const findings = review(text).findings.map((f) => ({ start: f.start, end: f.end, quote: f.quote }));
    const r = await page.evaluate(
      ({ spans, findings }) => {
        const P = window.FashenPage;
        const ed = P.pickPrimary(P.findEditors(document))!;
        const field = ed.kind === 'textarea' || ed.kind === 'input' ? (ed.root as HTMLTextAreaElement) : null;
        const snap = () => (field ? `${field.value}|${field.outerHTML}` : ed.root.innerHTML);
        const before = snap();
        const ex = P.extractText(ed);
        const hl = P.createHighlighter(ed);
        hl.render(spans, ex);
        (window as unknown as { __hl: unknown }).__hl = hl;
        const after = snap();
        const win = ed.doc.defaultView as Window & typeof globalThis;
        const sizes = Object.fromEntries(
          ['fashen-error', 'fashen-warning', 'fashen-info'].map((n) => [n, win.CSS.highlights.get(n)?.size ?? 0]),
        );
        const host = document.querySelector('fashen-mirror');
        const marks = host?.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll('span[data-id]')).map((s) => s.textContent) : [];
        const mapped = findings.map((f) => {
          if (field) return ex.text.slice(f.start, f.end);
          return P.domRange(ed, ex, f.start, f.end)?.toString() ?? null;
        });
        const styled = !!ed.doc.getElementById('fashen-highlight-style');
        return { same: before === after, sizes, marks, mapped, styled };
      },
      { spans, findings },
    );
    expect(r.same).toBe(true);
    if (c.kind === 'textarea') {
      expect(r.marks).toEqual([...spans].sort((a, b) => a.start - b.start).map((s) => s.quote));
    } else {
      expect(r.sizes).toEqual({ 'fashen-error': 1, 'fashen-warning': 1, 'fashen-info': 1 });
      expect(r.styled).toBe(true);
    }
    expect(findings.length).toBeGreaterThan(0);
    expect(r.mapped).toEqual(findings.map((f) => f.quote));
  });

  it('hit-tests the underline and reveals the span (scrolled, selected, flashed)', async () => {
    const r = await page.evaluate((s) => {
      const P = window.FashenPage;
      const ed = P.pickPrimary(P.findEditors(document))!;
      const ex = P.extractText(ed);
      const hl = (window as unknown as { __hl: PageLib.Highlighter }).__hl;
      const ok = P.revealSpan(ed, ex, s.start, s.end);
      let rect: DOMRect | undefined;
      if (ed.kind === 'textarea') {
        const host = document.querySelector('fashen-mirror')!;
        rect = host.shadowRoot!.querySelector(`span[data-id="${s.id}"]`)!.getClientRects()[0];
      } else {
        rect = P.domRange(ed, ex, s.start, s.end)!.getClientRects()[0];
      }
      const hit = rect ? hl.hitTest(rect.left + rect.width / 2, rect.top + rect.height / 2) : undefined;
      const miss = hl.hitTest(1, 1);
      const field = ed.kind === 'textarea' ? (ed.root as HTMLTextAreaElement) : null;
      const selected = field
        ? field.value.slice(field.selectionStart, field.selectionEnd)
        : ed.doc.getSelection()?.toString();
      const win = ed.doc.defaultView as Window & typeof globalThis;
      const active = field
        ? document.querySelector('fashen-mirror')!.shadowRoot!.querySelectorAll('.m-active').length
        : (win.CSS.highlights.get('fashen-active')?.size ?? 0);
      // Is the span inside the top viewport now?
      let top = rect ? rect.top : -1;
      if (ed.kind === 'iframe') top += ed.element.getBoundingClientRect().top;
      return { ok, hit, miss, selected, active, visible: top >= 0 && top <= innerHeight };
    }, fix);
    expect(r).toEqual({ ok: true, hit: fix.id, miss: undefined, selected: fix.quote, active: 1, visible: true });
    await page.screenshot({ path: `${OUT}/page-${c.file.replace('.html', '')}.png` });
  });

  it('applies a fix as ONE native undo step, re-anchors moved text, refuses a stale quote', async () => {
    const replacement = FIXES[c.draft]!;
    const applied = await page.evaluate(
      ({ s, replacement }) => {
        const P = window.FashenPage;
        const ed = P.pickPrimary(P.findEditors(document))!;
        let inputs = 0;
        ed.root.addEventListener('input', () => inputs++);
        const w = window as unknown as { __changes: number; __unwatch: () => void };
        w.__changes = 0;
        w.__unwatch = P.watchEditor(ed, () => w.__changes++, 100);
        const res = P.applyFix(ed, { start: s.start, end: s.end, quote: s.quote }, replacement);
        return { res, inputs, text: P.extractText(ed).text };
      },
      { s: fix, replacement },
    );
    expect(applied.res).toEqual({ ok: true, start: fix.start, end: fix.start + replacement.length });
    expect(applied.text).toBe(text.slice(0, fix.start) + replacement + text.slice(fix.end));
    expect(applied.inputs).toBeGreaterThan(0);
    await page.waitForFunction(() => (window as unknown as { __changes: number }).__changes > 0);

    await page.keyboard.press('Control+Z');
    expect(await liveText(page)).toBe(text);

    // Offsets gone stale (text moved by 7 characters): re-anchored to the unique nearest occurrence.
    const moved = await page.evaluate(
      ({ s }) => {
        const P = window.FashenPage;
        const ed = P.pickPrimary(P.findEditors(document))!;
        return P.applyFix(ed, { start: s.start + 7, end: s.end + 7, quote: s.quote }, '【已修改】');
      },
      { s: fix },
    );
    expect(moved).toEqual({ ok: true, start: fix.start, end: fix.start + '【已修改】'.length });
    await page.keyboard.press('Control+Z');
    expect(await liveText(page)).toBe(text);

    const stale = await page.evaluate(
      ({ s }) => {
        const P = window.FashenPage;
        const ed = P.pickPrimary(P.findEditors(document))!;
        const html = ed.kind === 'textarea' ? (ed.root as HTMLTextAreaElement).value : ed.root.innerHTML;
        const res = P.applyFix(ed, { start: s.start, end: s.end, quote: '这段话已经被删除了' }, 'x');
        const html2 = ed.kind === 'textarea' ? (ed.root as HTMLTextAreaElement).value : ed.root.innerHTML;
        (window as unknown as { __unwatch: () => void }).__unwatch();
        return { res, untouched: html === html2 };
      },
      { s: fix },
    );
    expect(stale.res.ok).toBe(false);
    expect(stale.res.ok === false && stale.res.reason).toContain('未找到');
    expect(stale.untouched).toBe(true);
  });
});

describe('two-editors.html', () => {
  it('finds both editors; their highlights share the document registry without clobbering each other', async () => {
    const page = await open('two-editors.html');
    const r = await page.evaluate(() => {
      const P = window.FashenPage;
      const eds = P.findEditors(document);
      const hls = eds.map((ed) => {
        const ex = P.extractText(ed);
        const hl = P.createHighlighter(ed);
        const i = ex.text.indexOf('外地企业');
        hl.render([{ id: ed.label, start: i, end: i + 4, severity: 'error' }], ex);
        return hl;
      });
      const both = CSS.highlights.get('fashen-error')?.size;
      hls[1]!.clear();
      const one = CSS.highlights.get('fashen-error')?.size;
      return { labels: eds.map((e) => e.label), kinds: eds.map((e) => e.kind), both, one };
    });
    expect(r).toEqual({ labels: ['正文', '起草说明'], kinds: ['contenteditable', 'contenteditable'], both: 2, one: 1 });
    await page.screenshot({ path: `${OUT}/page-two-editors.png` });
    await page.close();
  });
});

describe('readonly.html', () => {
  it('offers the submitted draft as a read-only editor: highlights yes, apply no', async () => {
    const page = await open('readonly.html');
    const text = draft('prepaid-consumption');
    const spans = spansFor(text, 'prepaid-consumption');
    const r = await page.evaluate((spans) => {
      const P = window.FashenPage;
      const eds = P.findEditors(document);
      const ed = P.pickPrimary(eds)!;
      const before = ed.root.innerHTML;
      const ex = P.extractText(ed);
      P.createHighlighter(ed).render(spans, ex);
      P.revealSpan(ed, ex, spans[1]!.start, spans[1]!.end);
      const res = P.applyFix(ed, spans[0]!, '改');
      return {
        kinds: eds.map((e) => e.kind),
        kind: ed.kind,
        tag: ed.root.tagName,
        text: ex.text,
        same: before === ed.root.innerHTML,
        res,
        size: CSS.highlights.get('fashen-error')?.size,
      };
    }, spans);
    expect(r.kinds).toEqual(['textarea', 'readonly']);
    expect(r).toMatchObject({ kind: 'readonly', tag: 'ARTICLE', same: true, size: 1, res: { ok: false } });
    expect(r.text).toBe(text);
    await page.screenshot({ path: `${OUT}/page-readonly.png` });
    await page.close();
  });
});

describe('long.html', () => {
  it('reads a ≥100,000-character draft, underlines every 罚款 and reveals the last one', async () => {
    const page = await open('long.html');
    const r = await page.evaluate(() => {
      const P = window.FashenPage;
      const ed = P.pickPrimary(P.findEditors(document))!;
      const before = ed.root.innerHTML;
      const t0 = performance.now();
      const ex = P.extractText(ed);
      const spans: PageLib.HighlightSpan[] = [];
      for (let i = ex.text.indexOf('罚款'); i >= 0; i = ex.text.indexOf('罚款', i + 1)) {
        spans.push({ id: `s${i}`, start: i, end: i + 2, severity: spans.length % 3 ? 'warning' : 'error' });
      }
      P.createHighlighter(ed).render(spans, ex);
      const ms = performance.now() - t0;
      const last = spans[spans.length - 1]!;
      P.revealSpan(ed, ex, last.start, last.end);
      const size = (CSS.highlights.get('fashen-error')?.size ?? 0) + (CSS.highlights.get('fashen-warning')?.size ?? 0);
      return { len: ex.text.length, n: spans.length, size, same: before === ed.root.innerHTML, ms, sel: getSelection()?.toString() };
    });
    console.log(`long draft: ${r.len} chars, ${r.n} spans, extract+render ${Math.round(r.ms)} ms`);
    expect(r.len).toBeGreaterThanOrEqual(100_000);
    expect(r.size).toBe(r.n);
    expect(r.n).toBeGreaterThan(100);
    expect(r.same).toBe(true);
    expect(r.sel).toBe('罚款');
    await page.screenshot({ path: `${OUT}/page-long.png` });
    await page.close();
  });
});

describe('mirror layer (textarea / input)', () => {
  const marks = (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('fashen-mirror')).flatMap((h) =>
        Array.from(h.shadowRoot!.querySelectorAll<HTMLElement>('span[data-id]')).map((s) => {
          const r = s.getClientRects()[0]!;
          return { id: s.dataset.id!, text: s.textContent!, top: r.top, left: r.left, width: r.width };
        }),
      ),
    );
  const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  it('follows the field: scroll, resize, typing; an <input> gets its own single-line mirror', async () => {
    const page = await open('textarea.html');
    const text = draft('prepaid-consumption');
    const spans = spansFor(text, 'prepaid-consumption');
    await page.evaluate((spans) => {
      const P = window.FashenPage;
      const ed = P.pickPrimary(P.findEditors(document))!;
      P.createHighlighter(ed).render(spans, P.extractText(ed));
      const title = document.getElementById('doc-title') as HTMLInputElement;
      const input: PageLib.EditorHandle = { kind: 'input', element: title, root: title, doc: document, label: '标题' };
      const i = title.value.indexOf('预付式消费');
      P.createHighlighter(input).render([{ id: 'title', start: i, end: i + 5, severity: 'warning' }], P.extractText(input));
    }, spans);
    const m0 = await marks(page);
    expect(m0.map((m) => m.text).sort()).toEqual([...spans.map((s) => s.quote), '预付式消费'].sort());

    // Scroll: the marks move with the text.
    await page.evaluate(() => {
      document.getElementById('content')!.scrollTop += 60;
    });
    await frames(page);
    const m1 = await marks(page);
    const e0 = m0.find((m) => m.id === 'm0')!;
    const e1 = m1.find((m) => m.id === 'm0')!;
    expect(Math.abs(e0.top - 60 - e1.top)).toBeLessThanOrEqual(1);

    // Resize: narrower field re-wraps; the mirror copies the new width.
    await page.evaluate(() => {
      (document.getElementById('content') as HTMLTextAreaElement).style.width = '520px';
    });
    await frames(page);
    const layer = await page.evaluate(() => {
      const ta = document.getElementById('content')!;
      const host = document.querySelector('fashen-mirror')!;
      const div = host.shadowRoot!.querySelectorAll('div')[1]!;
      const a = ta.getBoundingClientRect();
      const b = div.getBoundingClientRect();
      return { dw: Math.abs(a.width - b.width), dx: Math.abs(a.left - b.left), dy: Math.abs(a.top - b.top) };
    });
    expect(layer).toEqual({ dw: 0, dx: 0, dy: 0 });
    await page.screenshot({ path: `${OUT}/page-textarea-resized.png` });

    // Typing before a span moves it along (until the next review replaces the spans).
    await page.evaluate(() => {
      const ta = document.getElementById('content') as HTMLTextAreaElement;
      ta.focus();
      ta.setSelectionRange(0, 0);
    });
    await page.keyboard.type('修改');
    const m2 = await marks(page);
    expect(m2.map((m) => m.text).sort()).toEqual(m0.map((m) => m.text).sort());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/page-input-mirror.png`, clip: { x: 200, y: 140, width: 720, height: 80 } });
    await page.close();
  });
});

describe('a portal with a strict style CSP', () => {
  it('still styles the highlights (constructed stylesheet when the inline <style> is blocked)', async () => {
    const strict = await startDemoServer({ headers: { 'content-security-policy': "style-src 'self'" } });
    const page = await browser.page();
    try {
      await page.goto(strict.url + 'contenteditable.html');
      await page.waitForSelector('html[data-demo-ready="true"]');
      await page.addScriptTag({ content: bundle });
      const r = await page.evaluate(() => {
        const P = window.FashenPage;
        const ed = P.pickPrimary(P.findEditors(document))!;
        const ex = P.extractText(ed);
        const i = ex.text.indexOf('外地企业');
        P.createHighlighter(ed).render([{ id: 'x', start: i, end: i + 4, severity: 'error' }], ex);
        const style = document.getElementById('fashen-highlight-style') as HTMLStyleElement | null;
        const inline = !!style?.sheet && style.sheet.cssRules.length > 0;
        const adopted = document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('fashen-error')));
        return { inline, adopted };
      });
      expect(r).toEqual({ inline: false, adopted: true });
      await page.screenshot({ path: `${OUT}/page-strict-csp.png` });

      await page.goto(strict.url + 'textarea.html');
      await page.waitForSelector('html[data-demo-ready="true"]');
      await page.addScriptTag({ content: bundle });
      const deco = await page.evaluate(() => {
        const P = window.FashenPage;
        const ed = P.pickPrimary(P.findEditors(document))!;
        const ex = P.extractText(ed);
        const i = ex.text.indexOf('罚款');
        P.createHighlighter(ed).render([{ id: 'x', start: i, end: i + 2, severity: 'error' }], ex);
        const mark = document.querySelector('fashen-mirror')!.shadowRoot!.querySelector('span[data-id]')!;
        const cs = getComputedStyle(mark);
        return { line: cs.textDecorationLine, style: cs.textDecorationStyle };
      });
      expect(deco).toEqual({ line: 'underline', style: 'wavy' });
    } finally {
      await page.close();
      await strict.close();
    }
  });
});
