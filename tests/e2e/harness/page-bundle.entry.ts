/** Entry of the lib/page IIFE injected into demo pages by the page-layer e2e (window.FashenPage). */
import * as page from '../../../lib/page';

(globalThis as unknown as { FashenPage: typeof page }).FashenPage = page;
