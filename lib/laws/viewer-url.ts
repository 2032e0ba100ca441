/** The law viewer's address: laws.html#law=行政许可法&article=第十七条 (or #q=… for a search). */

export const LAW_VIEWER_PAGE = '/laws.html';

export interface LawViewerTarget {
  law?: string;
  article?: string;
  /** A search query. */
  q?: string;
}

export function lawViewerHash(target: LawViewerTarget): string {
  const p = new URLSearchParams();
  for (const k of ['law', 'article', 'q'] as const) {
    const v = target[k];
    if (v) p.set(k, v);
  }
  const s = p.toString();
  return s ? `#${s}` : '';
}

export function parseLawViewerHash(hash: string): LawViewerTarget {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const out: LawViewerTarget = {};
  for (const k of ['law', 'article', 'q'] as const) {
    const v = p.get(k)?.trim();
    if (v) out[k] = v;
  }
  return out;
}
