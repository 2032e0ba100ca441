/**
 * What the law viewer (laws.html) shows for its address: the law and the article asked for, the index filtered by
 * the query, and full-text hits. Extension pages only (it reads the statute texts through ./articles).
 */
import { getLaw, listLaws, searchLaws, type LawText, type SearchHit } from './articles';
import { lawKey, parseArticleRef, refKey } from './catalog';
import type { LawViewerTarget } from './viewer-url';

export interface LawViewerState {
  laws: ReturnType<typeof listLaws>;
  law?: LawText;
  /** The law asked for is not in the data. */
  missingLaw?: string;
  /** Index of the article asked for in law.articles. */
  target?: number;
  /** The article asked for is not in the law. */
  missingArticle?: string;
  hits: SearchHit[];
}

export function articleIndex(law: LawText, article: string): number | undefined {
  const ref = parseArticleRef(article);
  if (!ref) return undefined;
  const i = law.articles.findIndex((a) => refKey(a) === refKey(ref));
  return i >= 0 ? i : undefined;
}

export function viewerState(target: LawViewerTarget): LawViewerState {
  const all = listLaws();
  const q = target.q?.trim() ?? '';
  const k = lawKey(q);
  const laws = q ? all.filter((l) => lawKey(l.name).includes(k) || lawKey(l.fullName).includes(k)) : all;
  const state: LawViewerState = { laws: laws.length ? laws : all, hits: q && !target.law ? searchLaws(q, { limit: 50 }) : [] };
  if (!target.law) return state;
  const law = getLaw(target.law);
  if (!law) return { ...state, missingLaw: target.law };
  state.law = law;
  if (target.article) {
    const i = articleIndex(law, target.article);
    if (i === undefined) state.missingArticle = target.article;
    else state.target = i;
  }
  return state;
}
