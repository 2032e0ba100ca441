/**
 * Underline colours and the ::highlight stylesheet. Highlight names are namespaced (csswg-drafts#11095): the
 * registry is per document and shared with the page's own scripts.
 */
export type Severity = 'error' | 'warning' | 'info';

export const HIGHLIGHT_NAMES = {
  error: 'fashen-error',
  warning: 'fashen-warning',
  info: 'fashen-info',
  active: 'fashen-active',
} as const;

export const COLORS: Record<Severity, string> = { error: '#d93025', warning: '#e8710a', info: '#1a73e8' };
export const TINTS: Record<Severity, string> = {
  error: 'rgba(217, 48, 37, 0.10)',
  warning: 'rgba(232, 113, 10, 0.10)',
  info: 'rgba(26, 115, 232, 0.06)',
};
export const ACTIVE_BG = 'rgba(255, 200, 0, 0.55)';

const decoration = (sev: Severity): string =>
  `text-decoration-line: underline; text-decoration-style: ${sev === 'info' ? 'dotted' : 'wavy'}; ` +
  `text-decoration-color: ${COLORS[sev]}; text-decoration-thickness: ${sev === 'info' ? '2px' : '1.5px'}; ` +
  `text-decoration-skip-ink: none; background-color: ${TINTS[sev]};`;

export const HIGHLIGHT_CSS = [
  `::highlight(${HIGHLIGHT_NAMES.info}) { ${decoration('info')} }`,
  `::highlight(${HIGHLIGHT_NAMES.warning}) { ${decoration('warning')} }`,
  `::highlight(${HIGHLIGHT_NAMES.error}) { ${decoration('error')} }`,
  `::highlight(${HIGHLIGHT_NAMES.active}) { background-color: ${ACTIVE_BG}; }`,
].join('\n');

/** Mark styles for the textarea mirror (inside its own shadow root). */
export const MIRROR_CSS = [
  `.m { ${decoration('info')} }`,
  `.m-warning { ${decoration('warning')} }`,
  `.m-error { ${decoration('error')} }`,
  `.m-active { background-color: ${ACTIVE_BG}; }`,
].join('\n');

export const STYLE_ID = 'fashen-highlight-style';

/**
 * The ::highlight rules must live in the document whose text they style (an iframe editor needs its own).
 * One <style> in <head>, once; under a CSP that blocks inline styles, a constructed sheet instead.
 */
export function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-fashen', '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  const applied = !!style.sheet && style.sheet.cssRules.length > 0;
  if (applied) return;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (win && 'adoptedStyleSheets' in doc) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  } catch {
    // No way to style highlights here; ranges are still tracked for hit tests and reveal.
  }
}
