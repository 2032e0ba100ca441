/**
 * Full statute texts (data/laws/laws.json, ~1.9 MB): article lookup for `ReviewOptions.lawText` and a search helper
 * for a law viewer. For node (CLI, tests) and extension pages only — never import this from the content script or the
 * rules; they use the compact lib/laws/catalog.ts.
 */
import lawsData from '../../data/laws/laws.json';
import { findLaw, lawKey, parseArticleRef, parseCitedName, refKey } from './catalog';

export interface LawArticle {
  num: string;
  n: number;
  sub?: number;
  part?: string;
  subpart?: string;
  chapter?: string;
  section?: string;
  /** Paragraphs and items separated by \n. */
  text: string;
}

export interface LawText {
  name: string;
  fullName: string;
  aliases?: string[];
  kind: string;
  version: string;
  effective?: string;
  status?: string;
  note?: string;
  history: string[];
  source: string;
  preamble?: string;
  appendix?: string;
  articles: LawArticle[];
}

const LAWS = lawsData as LawText[];
const ITEM_LINE = /^[（(][一二三四五六七八九十]+[）)]/;

let byKey: Map<string, { law: LawText; articles: Map<string, LawArticle> }> | undefined;

function lawIndex() {
  if (byKey) return byKey;
  byKey = new Map();
  for (const law of LAWS) {
    const articles = new Map(law.articles.map((a) => [refKey(a), a] as const));
    byKey.set(lawKey(law.name), { law, articles });
  }
  return byKey;
}

/** The full text record of a law (any cited form of its name). */
export function getLaw(name: string): LawText | undefined {
  const entry = findLaw(name);
  return entry ? lawIndex().get(lawKey(entry.name))?.law : undefined;
}

/** Paragraphs (款) of an article, each with the item lines (项) that follow it. */
export function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (ITEM_LINE.test(line) && out.length) out[out.length - 1] += '\n' + line;
    else out.push(line);
  }
  return out;
}

/**
 * Text of 第N条 (or 第N条第M款, or 第N条(第M款)第（K）项) of a law; undefined when the law, article, paragraph or item is
 * not in the data. The `lawText` option of review() has this signature.
 */
export function articleText(law: string, article: string): string | undefined {
  const entry = findLaw(law);
  if (!entry) return undefined;
  const ix = lawIndex().get(lawKey(entry.name));
  const ref = parseArticleRef(article);
  if (!ix || !ref) return undefined;
  const a = ix.articles.get(refKey(ref));
  if (!a) return undefined;
  if (!ref.para && !ref.item) return a.text;
  const paras = paragraphsOf(a.text);
  let scope = a.text;
  if (ref.para) {
    if (ref.para > paras.length) return undefined;
    scope = paras[ref.para - 1];
  }
  if (!ref.item) return scope;
  const items = scope.split('\n').filter((l) => ITEM_LINE.test(l));
  return items[ref.item - 1];
}

export interface SearchHit {
  law: string;
  num: string;
  chapter?: string;
  text: string;
  score: number;
}

const gramCache = new WeakMap<LawArticle, Set<string>>();

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const t = s.replace(/[\s，。；：、“”（）《》！？]/g, '');
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/**
 * Searches the statute texts: a citation (《行政许可法》第十七条, 行政许可法第十七条) returns that article; other queries
 * rank articles by exact substring (first) and character-bigram overlap. `law` restricts the search to one law.
 */
export function searchLaws(query: string, opts: { law?: string; limit?: number } = {}): SearchHit[] {
  const limit = opts.limit ?? 20;
  const q = query.trim();
  if (!q) return [];
  const cite = /^《?([^》第]{2,60}?)》?\s*(第.+)$/.exec(q);
  if (cite) {
    const law = getLaw(cite[1]);
    const ref = parseArticleRef(cite[2]);
    if (law && ref) {
      const a = law.articles.find((x) => refKey(x) === refKey(ref));
      if (a) return [{ law: law.name, num: a.num, ...(a.chapter ? { chapter: a.chapter } : {}), text: articleText(law.name, cite[2]) ?? a.text, score: 1 }];
    }
  }
  const scope = opts.law ? [getLaw(opts.law)].filter((x): x is LawText => Boolean(x)) : LAWS;
  const qb = bigrams(q);
  const hits: SearchHit[] = [];
  for (const law of scope) {
    for (const a of law.articles) {
      let score = 0;
      if (a.text.includes(q)) score = 1;
      else if (qb.size) {
        let common = 0;
        let ab = gramCache.get(a);
        if (!ab) gramCache.set(a, (ab = bigrams(a.text)));
        for (const g of qb) if (ab.has(g)) common++;
        score = (0.9 * common) / qb.size;
      }
      if (score >= 0.3) hits.push({ law: law.name, num: a.num, ...(a.chapter ? { chapter: a.chapter } : {}), text: a.text, score });
    }
  }
  hits.sort((x, y) => y.score - x.score || x.text.length - y.text.length);
  return hits.slice(0, limit);
}

/** Lists the laws with their article counts (for a viewer's index). */
export function listLaws(): { name: string; fullName: string; kind: string; version: string; status?: string; articles: number }[] {
  return LAWS.map((l) => ({
    name: l.name,
    fullName: l.fullName,
    kind: l.kind,
    version: l.version,
    ...(l.status ? { status: l.status } : {}),
    articles: l.articles.length,
  }));
}

export { parseCitedName };
