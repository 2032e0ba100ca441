/**
 * Citations in a paragraph: 《X》(（2019年修正）)第N条(第M款)(第（K）项)、第P条… — with the spans the rules report on.
 * Works on one paragraph's normalised text; results are cached by the text (the document rules run on every review).
 */
import { parseArticleRef, type ArticleRef } from '../../lib/laws/catalog';
import { cnToNumber } from '../../lib/engine/segment';
import type { DocContext, DocParagraph } from '../../lib/engine/rule-context';

export interface CitedRef {
  ref: ArticleRef;
  /** What the draft wrote, e.g. 第十六条第四款. */
  text: string;
  start: number;
  end: number;
}

export interface Citation {
  /** Inside the 《》 (may carry a year note: 行政许可法（2019年修正）). */
  name: string;
  /** A bracket right after 》, e.g. （2019年修正）. */
  after?: string;
  /** Paragraph-local span of 《…》 plus the bracket. */
  start: number;
  end: number;
  refs: CitedRef[];
  /** The sentence (up to 。！？) around the citation. */
  sentence: string;
  /** Whether the sentence states that the act is repealed or void (a repeal clause, not a citation as basis). */
  historical: boolean;
}

const NUM = '[零〇一二三四五六七八九十百千两\\d]+';
const TITLE = /《([^《》\n]{2,80})》/g;
const AFTER = /（[^（）\n]{0,40}）/y;
const SEP = /(?:、|和|及|以及|至|或者|或|与)/y;
const PARA = new RegExp(`第(${NUM})款(?:第[（]?(${NUM})[）]?项)?`, 'y');
const ITEM = new RegExp(`第?[（](${NUM})[）]项?|第(${NUM})项`, 'y');
const HISTORICAL = /废止|失效|废除|停止执行|停止施行|不再执行|不再适用|予以撤销|被.{0,12}(?:取代|替代|代替)|(?:施行|生效|实施)(?:前|以前|之前)|此前|过渡期|继续保留|原有效/;
const SENTENCE_END = /[。！？]/;

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  return text.slice(s, Math.min(text.length, e + 1));
}

function refAt(text: string, pos: number): CitedRef | undefined {
  if (text[pos] !== '第') return undefined;
  const r = parseArticleRef(text.slice(pos, pos + 40));
  if (!r) return undefined;
  const { length, ...ref } = r;
  return { ref, text: text.slice(pos, pos + length), start: pos, end: pos + length };
}

export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  if (!text.includes('《')) return out;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const start = m.index;
    let end = m.index + m[0].length;
    let after: string | undefined;
    AFTER.lastIndex = end;
    const a = AFTER.exec(text);
    if (a && /\d{4}|[〇零一二三四五六七八九]{4}/.test(a[0])) {
      after = a[0];
      end = AFTER.lastIndex;
    }
    const refs: CitedRef[] = [];
    let pos = end;
    const first = refAt(text, pos);
    if (first) {
      refs.push(first);
      pos = first.end;
      // 、第十五条 / 至第十七条 / 第二款、第三款 / 第（一）项、第（二）项
      for (;;) {
        SEP.lastIndex = pos;
        const s = SEP.exec(text);
        const at = s ? SEP.lastIndex : pos;
        if (!s) break;
        const next = refAt(text, at);
        if (next) {
          // 第二款 alone parses as nothing (it needs 条); 第N条 is a new article
          refs.push(next);
          pos = next.end;
          continue;
        }
        const last = refs[refs.length - 1];
        PARA.lastIndex = at;
        const p = PARA.exec(text);
        if (p) {
          const ref: ArticleRef = { n: last.ref.n, ...(last.ref.sub ? { sub: last.ref.sub } : {}), para: cnToNumber(p[1]) };
          if (p[2] && cnToNumber(p[2]) > 0) ref.item = cnToNumber(p[2]);
          refs.push({ ref, text: p[0], start: at, end: PARA.lastIndex });
          pos = PARA.lastIndex;
          continue;
        }
        ITEM.lastIndex = at;
        const it = ITEM.exec(text);
        if (it) {
          const k = cnToNumber(it[1] ?? it[2]);
          if (k > 0) {
            refs.push({ ref: { ...last.ref, item: k }, text: it[0], start: at, end: ITEM.lastIndex });
            pos = ITEM.lastIndex;
            continue;
          }
        }
        break;
      }
    }
    const sentence = sentenceAround(text, start, end);
    const historical = HISTORICAL.test(sentence) || text[start - 1] === '原';
    out.push({ name: m[1], ...(after ? { after } : {}), start, end, refs, sentence, historical });
  }
  return out;
}

const perDoc = new WeakMap<DocContext, { para: number; cites: Citation[] }[]>();

/** Citations per paragraph of a document (memoised per paragraph text; the list is shared by the rules of one review). */
export function documentCitations(doc: DocContext): { para: number; cites: Citation[] }[] {
  let out = perDoc.get(doc);
  if (out) return out;
  out = [];
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (!p.text.includes('《')) continue;
    const c = p.memo('cited-law-invalid:citations', findCitations);
    if (c.length) out.push({ para: i, cites: c });
  }
  perDoc.set(doc, out);
  return out;
}

/**
 * A rule's findings on one paragraph's citations, memoised per paragraph text and draft date (`asOf`): the catalogue
 * checks depend on nothing else. Hits are paragraph-local (no `para`).
 */
export function memoByDate<T>(p: DocParagraph, key: string, asOf: string | undefined, compute: () => T): T {
  const byDate = p.memo(key, newDateMap) as Map<string | undefined, T>;
  let v = byDate.get(asOf);
  if (v === undefined) {
    v = compute();
    byDate.set(asOf, v);
  }
  return v;
}
const newDateMap = () => new Map<string | undefined, unknown>();

/** The draft's own date (施行 or 公布), against which repeals are judged. */
export function draftDate(doc: DocContext): string | undefined {
  return doc.meta.effectiveDate ?? doc.meta.publishDate;
}
