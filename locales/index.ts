/** UI strings: zh_CN is the default; English when the browser asks for it. */
import { en } from './en';
import { zh_CN, type Strings } from './zh_CN';

export type { Strings };
export const LOCALES = { zh_CN, en } satisfies Record<string, Strings>;
export type Locale = keyof typeof LOCALES;

/** Picks the locale for a BCP 47 tag list (navigator.languages); anything but an English-first list gets Chinese. */
export function pickLocale(languages: readonly string[] = []): Locale {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh_CN';
}

/**
 * The locale of the browser's UI: browser.i18n.getUILanguage() in extension pages (what --lang and the browser's
 * language setting decide), else navigator.languages.
 */
export function uiLocale(): Locale {
  const i18n = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n;
  let ui: string | undefined;
  try {
    ui = i18n?.getUILanguage?.();
  } catch {
    ui = undefined;
  }
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLocale(ui ? [ui] : langs);
}

export function getStrings(locale: Locale = 'zh_CN'): Strings {
  return LOCALES[locale];
}
