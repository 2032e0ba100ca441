/** The sidebar's UI preferences (open, width, grouping), shared by all sites, in browser.storage.local. */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { UiPrefs } from './controller';

const KEY = 'sidebarUi';
const Prefs = z.object({
  open: z.boolean().optional(),
  width: z.number().finite().optional(),
  groupBy: z.enum(['category', 'article']).optional(),
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
