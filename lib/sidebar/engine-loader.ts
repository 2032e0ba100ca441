/**
 * Loading the engine into the content script's world on demand. engine.js (entrypoints/engine.ts) installs
 * review() on the world's global object; content.js asks the background to inject it into its own frame.
 */
import type { ReviewOptions, ReviewResult } from '../engine/types';

export type ReviewFn = (text: string, options: ReviewOptions) => ReviewResult;
export const ENGINE_FILE = '/engine.js';

declare global {
  var __fashenEngine: { review: ReviewFn } | undefined;
}

export function installEngine(review: ReviewFn): void {
  globalThis.__fashenEngine = { review };
}

/** review() from engine.js, injected by `inject` (a message to the background) when it is not there yet. */
export async function loadEngine(inject: () => Promise<unknown>): Promise<ReviewFn> {
  if (!globalThis.__fashenEngine) await inject();
  const engine = globalThis.__fashenEngine;
  if (!engine) throw new Error('the review engine did not load');
  return engine.review;
}
