import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { numberToCn } from '../../lib/engine/segment';
import { articleHeadLength, quotesOtherNumbering, num } from './_structure';

/**
 * Levels of list numbering, outermost first. A marker resets the counters of every deeper level, so a list may
 * always restart at 1; only a list that continues with a wrong number is reported.
 */
const LEVELS = [
  { name: '一、', head: /^([一二三四五六七八九十]{1,3})、/, fmt: (n: number) => `${numberToCn(n)}、` },
  { name: '（一）', head: /^（([一二三四五六七八九十]{1,3})）/, fmt: (n: number) => `（${numberToCn(n)}）` },
  { name: '1.', head: /^(\d{1,2})[.．、](?!\d)/, fmt: (n: number) => `${n}.` },
  { name: '（1）', head: /^（(\d{1,2})）/, fmt: (n: number) => `（${n}）` },
] as const;

/** Inline items inside one paragraph: ：（一）…；（二）…；（三）… */
const INLINE = /[：；。]（([一二三四五六七八九十]{1,3})）/g;

const NONE: number[] = [];

/** The level heads as sticky regexes (matched at a position instead of on a slice; none looks behind). */
const HEADS = LEVELS.map((l) => new RegExp(l.head.source.slice(1), 'y'));
/** Characters a level head can start with. */
const HEAD_START = /[一二三四五六七八九十（\d]/;

/** A paragraph's list markers in order, flattened: level, number, start, end (paragraph-local). */
function markers(t: string): number[] {
  const out: number[] = [];
  let at = articleHeadLength(t);
  if (at < t.length && HEAD_START.test(t[at])) {
    for (let l = 0; l < HEADS.length; l++) {
      HEADS[l].lastIndex = at;
      const m = HEADS[l].exec(t);
      if (m) {
        out.push(l, num(m[1]), at, at + m[0].length);
        at += m[0].length;
        break;
      }
    }
  }
  if (t.indexOf('（', at) >= 0) {
    INLINE.lastIndex = at;
    for (let m = INLINE.exec(t); m; m = INLINE.exec(t)) out.push(1, num(m[1]), m.index + 1, m.index + m[0].length);
  }
  return out.length ? out : NONE;
}

/** 项 numbering （一）（二）… and heading numbering 一、二、… 1. 2. that skips or repeats inside one list. */
export default defineRule({
  id: 'item-numbering',
  category: 'numbering-error',
  title: '项或层级序号不连续、重复',
  message: '项（或层级标题）序号不连续、重复或顺序错误。',
  suggestion: '按顺序重新编排项的序号，并同步修改引用这些项的表述。',
  basis: [{ law: '立法法', article: '第六十五条' }, { law: '规章制定程序条例', article: '第八条' }],
  severity: 'info',
  match: {
    type: 'document',
    check: (doc) => {
      if (quotesOtherNumbering(doc)) return [];
      const hits: DocHit[] = [];
      const last: (number | undefined)[] = LEVELS.map(() => undefined);
      const see = (level: number, k: number, para: number, start: number, end: number) => {
        for (let j = level + 1; j < last.length; j++) last[j] = undefined;
        const prev = last[level];
        last[level] = k;
        if (k === 1 || prev === undefined || k === prev + 1) return;
        const f = LEVELS[level].fmt;
        const message =
          k === prev
            ? `序号${f(k)}重复：上一项已是${f(prev)}。`
            : k < prev
              ? `序号顺序错误：${f(k)}排在${f(prev)}之后。`
              : `序号不连续：${f(prev)}之后是${f(k)}，缺少${k - prev === 2 ? f(prev + 1) : `${f(prev + 1)}至${f(k - 1)}`}。`;
        hits.push({ para, start, end, message });
      };
      const ps = doc.paragraphs;
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i];
        if (p.shape.article || p.shape.chapter) last.fill(undefined);
        const ms = p.memo('item-numbering', markers);
        for (let j = 0; j < ms.length; j += 4) see(ms[j], ms[j + 1], i, ms[j + 2], ms[j + 3]);
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '第八条 申请人应当提交下列材料：\n（一）申请书；\n（二）营业执照复印件；\n[[（四）]]场地使用证明。',
      '一、总体要求\n（一）指导思想。坚持依法行政。\n（二）基本原则。坚持问题导向。\n二、主要任务\n[[四、]]保障措施',
      '第五条 有下列情形之一的，不予受理：（一）材料不齐全的；（二）不属于本机关职责的；[[（二）]]超过申请期限的。',
    ],
    good: [
      '第八条 申请人应当提交下列材料：\n（一）申请书；\n（二）营业执照复印件；\n（三）场地使用证明。\n有下列情形之一的，不予受理：\n（一）材料不齐全的；\n（二）超过申请期限的。',
      '一、总体要求\n（一）指导思想。\n（二）基本原则。\n二、主要任务\n（一）优化审批流程。\n1.压缩办理时限。\n2.推行网上办理。\n（二）加强事中事后监管。',
      '符合本办法第五条第（一）项、第（三）项规定的，予以办理。',
    ],
  },
});
