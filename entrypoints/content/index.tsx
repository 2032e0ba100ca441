import * as page from '@/lib/page';
import { runContent } from '@/lib/sidebar/content';

/**
 * Registered at runtime (lib/sites.ts) for enabled sites only; no manifest matches, so no host permission is
 * requested for it and nothing runs anywhere else.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    void runContent(ctx, page);
  },
});
