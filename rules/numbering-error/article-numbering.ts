import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { numberToCn } from '../../lib/engine/segment';
import { articleHeads, quotesOtherNumbering, CN_NUM, num } from './_structure';

const label = (n: number, sub?: number) => `第${numberToCn(n)}条${sub ? `之${numberToCn(sub)}` : ''}`;
const CHAPTER = new RegExp(`^第(${CN_NUM})([章节])`);

/** A paragraph's 第X章 / 第X节 head (null when it has none or its number is not positive). */
function chapterHead(t: string): { chapter: boolean; n: number; length: number } | null {
  if (t.charCodeAt(0) !== 0x7b2c) return null; // 第
  const m = CHAPTER.exec(t);
  if (!m) return null;
  const n = num(m[1]);
  return n > 0 ? { chapter: m[2] === '章', n, length: m[0].length } : null;
}

interface Head {
  para: number;
  n: number;
  sub?: number;
  length: number;
}

/** Checks one numbered sequence (条, 章, 节); a sequence may restart at 1 (a second document, an annex). */
function checkSequence(heads: Head[], unit: string, labelOf: (n: number, sub?: number) => string): DocHit[] {
  const hits: DocHit[] = [];
  let prev: Head | undefined;
  for (const h of heads) {
    if (prev) {
      const restart = h.n === 1 && !h.sub && !(prev.n === 1 && !prev.sub);
      let problem: string | undefined;
      if (restart) problem = undefined;
      else if (h.n === prev.n && (h.sub ?? 0) === (prev.sub ?? 0)) problem = `${labelOf(h.n, h.sub)}重复：前面已有${labelOf(prev.n, prev.sub)}。`;
      else if (h.n === prev.n && h.sub && h.sub === (prev.sub ?? 0) + 1) problem = undefined;
      else if (h.n === prev.n + 1 && !h.sub) problem = undefined;
      else if (h.n < prev.n || (h.n === prev.n && (h.sub ?? 0) < (prev.sub ?? 0))) problem = `${unit}序号顺序错误：${labelOf(h.n, h.sub)}排在${labelOf(prev.n, prev.sub)}之后。`;
      else if (h.n > prev.n + 1) {
        const missing = h.n - prev.n - 1;
        problem = `${unit}序号不连续：${labelOf(prev.n, prev.sub)}之后是${labelOf(h.n, h.sub)}，缺少${missing === 1 ? labelOf(prev.n + 1) : `${labelOf(prev.n + 1)}至${labelOf(h.n - 1)}`}。`;
      } else problem = `${unit}序号不连续：${labelOf(prev.n, prev.sub)}之后是${labelOf(h.n, h.sub)}。`;
      if (problem) hits.push({ para: h.para, start: 0, end: h.length, message: problem });
    }
    prev = h;
  }
  return hits;
}

/** 第X条 (and 第X章, 第X节) numbers that skip, repeat or go backwards. */
export default defineRule({
  id: 'article-numbering',
  category: 'numbering-error',
  title: '条、章、节序号不连续或重复',
  message: '条文序号不连续、重复或顺序错误。',
  suggestion: '按顺序重新编排序号，并同步修改文中引用这些条文的序号。',
  basis: [{ law: '立法法', article: '第六十五条' }, { law: '规章制定程序条例', article: '第八条' }],
  severity: 'info',
  match: {
    type: 'document',
    check: (doc) => {
      if (quotesOtherNumbering(doc)) return [];
      const hits = checkSequence(articleHeads(doc), '条文', label);
      const chapters: Head[] = [];
      const sections: Head[] = [];
      const ps = doc.paragraphs;
      for (let i = 0; i < ps.length; i++) {
        const c = ps[i].memo('article-numbering', chapterHead);
        if (!c) continue;
        const h = { para: i, n: c.n, length: c.length };
        if (c.chapter) {
          chapters.push(h);
          sections.push({ para: -1, n: 0, length: 0 }); // a new chapter restarts its sections
        } else sections.push(h);
      }
      hits.push(...checkSequence(chapters, '章', (n) => `第${numberToCn(n)}章`));
      // sections: split at chapter boundaries
      let run: Head[] = [];
      for (const s of [...sections, { para: -1, n: 0, length: 0 }]) {
        if (s.para < 0) {
          hits.push(...checkSequence(run, '节', (n) => `第${numberToCn(n)}节`));
          run = [];
        } else run.push(s);
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '第一条 为规范本市停车管理，制定本办法。\n第二条 本办法适用于本市行政区域。\n[[第四条]] 市交通运输局负责组织实施。\n第五条 本办法自2025年1月1日起施行。',
      '第一条 为加强管理，制定本规定。\n第二条 本规定适用于全区。\n[[第二条]] 区财政局负责资金保障。\n第三条 本规定自印发之日起施行。',
      '第一章 总则\n第一条 为加强管理，制定本办法。\n[[第三章]] 附则\n第二条 本办法自印发之日起施行。',
    ],
    good: [
      '第一条 为规范本市停车管理，制定本办法。\n第二条 本办法适用于本市行政区域。\n第二条之一 本办法所称停车设施，包括公共停车场和道路停车泊位。\n第三条 本办法自2025年1月1日起施行。',
      '市人民政府关于印发停车管理办法的通知\n第一条 通知正文。\n第二条 通知附则。\n停车管理办法\n第一条 为规范停车管理，制定本办法。\n第二条 本办法自印发之日起施行。',
      '违反本办法第四条规定的，依照有关规定处理。',
    ],
  },
});
