/**
 * The content script's body (entrypoints/content/index.tsx only calls runContent): check the site is enabled, start
 * the controller, mount the sidebar in an isolated shadow root when the first editor appears, give the page room,
 * answer the popup, follow SPA navigation, and clean up when the extension goes away.
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SIDEBAR_CSS } from '../../components/sidebar-css';
import { uiLocale } from '../../locales';
import { ToContent, pageKeyOf, sendToBackground, type CountsReply, type ToBackground } from '../messaging';
import { createController, type Controller } from './controller';
import { loadEngine } from './engine-loader';
import { countBySeverity, visibleFindings } from './grouping';
import type { EditorLike, ExtractedLike, PageApi } from './page-api';
import { createPageRoom } from './page-room';
import { createReviewClient } from './review-client';
import { uiPrefs } from './prefs';
import { createRuleConfig } from './rule-config';
import { SidebarApp } from './SidebarApp';
import { createSidebarStore } from './store';

declare global {
  // set once per page so a second injection (registration + executeScript) does nothing
  var __fashenContentLoaded: boolean | undefined;
}

export const HOST_TAG = 'fashen-sidebar';

const send = (m: unknown) => browser.runtime.sendMessage(m);

export async function runContent<E extends EditorLike, X extends ExtractedLike>(ctx: ContentScriptContext, page: PageApi<E, X>) {
  if (globalThis.__fashenContentLoaded) return;
  globalThis.__fashenContentLoaded = true;

  // inert unless this site is enabled: the registration covers only enabled sites, and we check again here
  let enabled = false;
  try {
    enabled = !!(await sendToBackground({ type: 'site.status', url: location.href }, send)).site;
  } catch {
    enabled = false;
  }
  if (!enabled || !ctx.isValid) {
    globalThis.__fashenContentLoaded = false;
    return;
  }

  // the reviewer's rule settings and custom packs (options page), applied to every review and followed live
  const rules = createRuleConfig();
  await rules.load();
  if (!ctx.isValid) {
    rules.destroy();
    globalThis.__fashenContentLoaded = false;
    return;
  }
  const openLaw = (law: string, article?: string) => void sendToBackground({ type: 'laws.open', law, article }, send).catch(() => undefined);

  const store = createSidebarStore();
  const room = createPageRoom(document);
  let ui: ShadowRootContentScriptUi<Root> | undefined;
  let unsubscribeRoom: (() => void) | undefined;
  const locale = uiLocale();

  const controller: Controller = createController({
    doc: document,
    page,
    loadReview: () => loadEngine(() => sendToBackground({ type: 'engine.load' }, send)).then(rules.wrap),
    store,
    pageKey: () => pageKeyOf(location.href),
    url: () => location.href,
    reviewClient: createReviewClient(send),
    prefs: uiPrefs,
    saveDecision: async (message: Extract<ToBackground, { pageKey: string }>) => {
      const reply = await sendToBackground(message, send);
      return reply.record;
    },
    onEditorsFound: () => void mount(),
  });

  async function mount() {
    if (ui || !ctx.isValid) return;
    ui = await createShadowRootUi(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: SIDEBAR_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
      onMount(container) {
        const root = createRoot(container);
        root.render(<SidebarApp store={store} actions={controller} locale={locale} openLaw={openLaw} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    const apply = () => {
      const s = store.getState();
      room.set(s.open ? s.width : undefined);
    };
    apply();
    unsubscribeRoom = store.subscribe((s, prev) => {
      if (s.open !== prev.open || s.width !== prev.width) apply();
    });
    markReady(ui.shadowHost);
  }

  /** Records when the sidebar first shows a review of some text (performance.now() since navigation, for the benchmark). */
  function markReady(host: HTMLElement) {
    const mark = () => requestAnimationFrame(() => host.setAttribute('data-ready-ms', String(Math.round(performance.now()))));
    const done = (s: { revision: number; textLength: number }) => s.revision > 0 && s.textLength > 0;
    if (done(store.getState())) return mark();
    const stop = store.subscribe((s) => {
      if (done(s)) {
        stop();
        mark();
      }
    });
  }

  /** Opened from the keyboard shortcut or the popup: keyboard focus moves into the panel. */
  function focusPanel() {
    requestAnimationFrame(() => ui?.shadow.querySelector<HTMLElement>('[data-testid="fashen-sidebar"]')?.focus());
  }

  rules.onChange(() => controller.recheck());

  function teardown() {
    controller.destroy();
    rules.destroy();
    unsubscribeRoom?.();
    room.release();
    ui?.remove();
    ui = undefined;
    globalThis.__fashenContentLoaded = false;
  }

  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = ToContent.safeParse(raw);
    if (!parsed.success) return;
    const msg = parsed.data;
    const s = store.getState();
    switch (msg.type) {
      case 'sidebar.open':
        controller.setOpen(true);
        focusPanel();
        break;
      case 'sidebar.toggle':
        controller.setOpen(!s.open);
        if (!s.open) focusPanel();
        break;
      case 'teardown':
        browser.runtime.onMessage.removeListener(onMessage);
        teardown();
        break;
      case 'counts.get': {
        const reply: CountsReply = { ok: true, counts: countBySeverity(visibleFindings(s.findings, s.ignored)), editors: s.editors.length, open: s.open };
        sendResponse(reply);
        return;
      }
    }
    sendResponse({ ok: true });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    teardown();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChange());
  ctx.addEventListener(window, 'popstate', () => controller.onLocationChange());

  await controller.start();
}
