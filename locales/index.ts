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

export function getStrings(locale: Locale = 'zh_CN'): Strings {
  return LOCALES[locale];
}
