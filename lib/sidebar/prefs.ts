/** The sidebar's UI preferences (open, width, grouping), shared by all sites, in browser.storage.local. */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { UiPrefs } from './controller';

const KEY = 'sidebarUi';
const Prefs = z.object({
  open: z.optional(z.boolean()),
  width: z.optional(z.number()),
  groupBy: z.optional(z.enum(['category', 'article'])),
});

export const uiPrefs = {
  async load(): Promise<UiPrefs> {
    const got = await browser.storage.local.get(KEY);
    const parsed = Prefs.safeParse(got[KEY]);
    return parsed.success ? parsed.data : {};
  },
  save(prefs: UiPrefs): void {
    void browser.storage.local.set({ [KEY]: prefs }).catch(() => undefined);
  },
};
