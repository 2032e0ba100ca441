import { createReviewService } from '@/lib/db/service';
import { openReviewDb } from '@/lib/db/open';
import { createMessageListener } from '@/lib/sidebar/background-handler';
import { syncRegistration } from '@/lib/sites';

export default defineBackground(() => {
  // the review database lives here, in the extension's origin: content scripts reach it only through messages
  const review = openReviewDb().then((db) => createReviewService(db));
  review.catch((err: unknown) => console.warn('[fashen] the review database could not be opened', err));
  browser.runtime.onMessage.addListener(createMessageListener({ review }));

  const sync = () => void syncRegistration().catch((err: unknown) => console.warn('[fashen] registration failed', err));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'sites' in changes)) sync();
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'sidebar.toggle' }).catch(() => undefined);
  });
  sync();
});
