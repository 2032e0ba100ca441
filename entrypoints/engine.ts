import { review } from '@/lib/engine';
import { installEngine } from '@/lib/sidebar/engine-loader';

/**
 * The review engine as its own script: the background injects it into a tab's content-script world (the world
 * content.js runs in) once that page has an editor, so pages of enabled sites without one never load the rules.
 */
export default defineUnlistedScript(() => {
  installEngine(review);
});
