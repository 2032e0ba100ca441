import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { cnToNumber, numberToCn } from '../../lib/engine/segment';
import { articleHeadLength, articleHeads, numeralsEnd, quotesOtherNumbering, CN_NUM, num } from './_structure';

const SELF = '本(?:实施细则|实施办法|办法|规定|条例|细则|规则|决定|意见|通知|准则|制度|方案|规范|措施|规程|章程)';
const REF = new RegExp(`${SELF}(第(${CN_NUM})条(?:之(${CN_NUM}))?(?:第(${CN_NUM})款)?)`, 'g');
const CHAPTER_REF = new RegExp(`${SELF}(第(${CN_NUM})章)`, 'g');
const THIS_ARTICLE = new RegExp(`本条(第(${CN_NUM})款)`, 'g');

/** What one paragraph says about the structure: its 第X章 head, and its references to articles, 款 and chapters. */
interface References {
  /** The key of the paragraph's 第X条(之Y) head (as the check builds it; kept so that it is not rebuilt per review). */
  article?: string;
  chapter?: number;
  /** 本办法第N条(之S)(第K款) */
  refs: { n: number; sub?: number; k?: number; start: number; end: number }[];
  /** 本条第K款 */
  self: { k: number; start: number; end: number }[];
  /** 本办法第C章 */
  chapterRefs: { c: number; start: number; end: number }[];
}
const EMPTY = Object.freeze([]) as unknown as never[];
const NONE: References = { refs: EMPTY, self: EMPTY, chapterRefs: EMPTY };

/** Any reference at all (本办法第…, 本条第…): one scan for the paragraphs that have none. */
const ANY_REF = new RegExp(`${SELF}第|本条第`);

/** An article head with no reference: one shared (read-only) value per key. */
const plainHeads = new Map<string, References>();
function plainHead(article: string): References {
  let f = plainHeads.get(article);
  if (!f) {
    if (plainHeads.size > 50_000) plainHeads.clear();
    plainHeads.set(article, (f = Object.freeze({ article, refs: EMPTY, self: EMPTY, chapterRefs: EMPTY })));
  }
  return f;
}

function references(t: string): References {
  const head = t.charCodeAt(0) === 0x7b2c; // 第
  // a 第N章 head (^第(N)章), read without a regex
  const x = head ? numeralsEnd(t, 1) : 1;
  const chapter = x > 1 && t.charCodeAt(x) === 0x7ae0 ? num(t.slice(1, x)) : undefined; // 章
  const len = head ? articleHeadLength(t) : 0;
  let article: string | undefined;
  if (len) {
    // as the shape has it: n from 第X条, sub from 之Y (条 stands at x)
    const n = cnToNumber(t.slice(1, x));
    const sub = len > x + 1 ? cnToNumber(t.slice(x + 2, len)) : undefined;
    article = sub ? `${n}.${sub}` : String(n);
  }
  const any = ANY_REF.test(t);
  if (!any) {
    if (chapter === undefined && article === undefined) return NONE;
    if (chapter === undefined) return plainHead(article!);
    const f: References = { refs: EMPTY, self: EMPTY, chapterRefs: EMPTY };
    if (article !== undefined) f.article = article;
    f.chapter = chapter;
    return f;
  }
  const f: References = { refs: [], self: [], chapterRefs: [] };
  if (article !== undefined) f.article = article;
  if (chapter !== undefined) f.chapter = chapter;
  REF.lastIndex = 0;
  for (let m = REF.exec(t); m; m = REF.exec(t)) {
    const sub = m[3] ? num(m[3]) : undefined;
    f.refs.push({ n: num(m[2]), sub, k: m[4] ? num(m[4]) : undefined, start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  THIS_ARTICLE.lastIndex = 0;
  for (let m = THIS_ARTICLE.exec(t); m; m = THIS_ARTICLE.exec(t)) f.self.push({ k: num(m[2]), start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  CHAPTER_REF.lastIndex = 0;
  for (let m = CHAPTER_REF.exec(t); m; m = CHAPTER_REF.exec(t)) f.chapterRefs.push({ c: num(m[2]), start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  return f;
}

/** 本办法第N条 / 本条第M款 / 本办法第N章 that point to an article, paragraph or chapter the draft does not have. */
export default defineRule({
  id: 'internal-reference-missing',
  category: 'numbering-error',
  title: '内部交叉引用指向不存在的条款',
  message: '文中引用的本文件条、款或章不存在，可能是调整条文顺序后未同步修改引用。',
  suggestion: '核对被引用条款的现行序号并更正引用。',
  basis: [{ law: '立法法', article: '第六十五条' }, { law: '规章制定程序条例', article: '第八条' }],
  severity: 'info',
  match: {
    type: 'document',
    check: (doc) => {
      const heads = articleHeads(doc);
      if (heads.length < 3 || quotesOtherNumbering(doc)) return [];
      const hits: DocHit[] = [];
      // 款 per article: its first paragraph plus the following non-item paragraphs up to the next article or chapter
      const paras = new Map<string, number>();
      const articleOf: (string | undefined)[] = [];
      let cur: string | undefined;
      const chapters = new Set<number>();
      const ps = doc.paragraphs;
      const facts: References[] = [];
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i];
        const f = p.memo('internal-reference-missing', references);
        facts.push(f);
        const a = p.shape.article;
        if (f.chapter !== undefined) chapters.add(f.chapter);
        if (a) {
          cur = f.article ?? (a.sub ? `${a.n}.${a.sub}` : String(a.n));
          paras.set(cur, (paras.get(cur) ?? 0) + 1);
        } else if (p.shape.chapter) cur = undefined;
        else if (cur && p.text.length && !p.shape.item) paras.set(cur, (paras.get(cur) ?? 0) + 1);
        articleOf[i] = cur;
      }
      const maxN = heads.reduce((m, h) => Math.max(m, h.n), 0);
      for (let i = 0; i < facts.length; i++) {
        const f = facts[i];
        if (f === NONE) continue;
        for (const r of f.refs) {
          const key = r.sub ? `${r.n}.${r.sub}` : String(r.n);
          const label = `第${numberToCn(r.n)}条${r.sub ? `之${numberToCn(r.sub)}` : ''}`;
          if (!paras.has(key)) {
            hits.push({ para: i, start: r.start, end: r.end, message: `引用的${label}在本文件中不存在（本文件共${numberToCn(maxN)}条）。` });
          } else if (r.k !== undefined && r.k > (paras.get(key) ?? 1)) {
            hits.push({ para: i, start: r.start, end: r.end, message: `引用的${label}第${numberToCn(r.k)}款不存在：该条只有${numberToCn(paras.get(key) ?? 1)}款。` });
          }
        }
        const here = articleOf[i];
        if (here) {
          for (const r of f.self) {
            const have = paras.get(here) ?? 1;
            if (r.k > have) hits.push({ para: i, start: r.start, end: r.end, message: `引用的本条第${numberToCn(r.k)}款不存在：本条只有${numberToCn(have)}款。` });
          }
        }
        if (chapters.size) {
          for (const r of f.chapterRefs) {
            if (!chapters.has(r.c)) hits.push({ para: i, start: r.start, end: r.end, message: `引用的第${numberToCn(r.c)}章在本文件中不存在。` });
          }
        }
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '第一条 为规范管理，制定本办法。\n第二条 经营者应当依法经营。\n第三条 违反本办法[[第八条]]规定的，依法处理。\n第四条 本办法自印发之日起施行。',
      '第一条 为规范管理，制定本规定。\n第二条 申请人应当提交申请材料。\n申请材料不齐全的，应当一次性告知。\n第三条 符合本规定[[第二条第三款]]情形的，不予受理。\n第四条 本规定自印发之日起施行。',
    ],
    good: [
      '第一条 为规范管理，制定本办法。\n第二条 经营者应当依法经营。\n第三条 违反本办法第二条规定的，依法处理。\n第四条 本办法自印发之日起施行。',
      '违反本办法第二十六条第一款规定的，责令改正。',
      '第一条 为规范管理，制定本办法。\n第二条 经营者应当依法经营。\n第三条 依照《中华人民共和国行政许可法》第八十三条的规定执行。\n第四条 本办法自印发之日起施行。',
    ],
  },
});
