import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';

/** A bracketed pinyin syllable with a tone mark that the normaliser did not take (not right after a Chinese character). */
const STRAY = /[(（][a-zA-Züü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zA-Zü]{0,6}[)）]/g;

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
/** Whether a paragraph can hold a stray annotation: a closing bracket and a tone mark. */
const mayHoldStray = (t: string) => t.indexOf('）') >= 0 && TONE.test(t);

/**
 * Pinyin annotations left by web conversion (關(guān)於(yú)): the normaliser drops them for review (DocContext.annotations)
 * but they remain in the draft. Neighbouring annotations are merged into one finding whose replacement removes them.
 */
export default defineRule({
  id: 'pinyin-annotation-residue',
  category: 'garbled-text',
  title: '拼音注音残留',
  message: '文中残留网页转换产生的拼音注音（如“關(guān)於(yú)”），应当删除。',
  suggestion: '删除括号中的拼音注音。',
  basis: [{ law: 'GB/T 9704-2012《党政机关公文格式》' }],
  severity: 'info',
  match: {
    type: 'document',
    check: (doc) => {
      const spans = doc.annotations.map((a) => ({ start: a.start, end: a.end }));
      // stray annotations after a non-Chinese character, found in the raw paragraphs
      doc.paragraphs.forEach((p, i) => {
        if (!p.memo('pinyin-annotation-residue', mayHoldStray)) return;
        const end = i + 1 < doc.paragraphs.length ? doc.paragraphs[i + 1].rawStart : doc.raw.length;
        const raw = doc.raw.slice(p.rawStart, end);
        STRAY.lastIndex = 0;
        for (let m = STRAY.exec(raw); m; m = STRAY.exec(raw)) {
          const s = p.rawStart + m.index;
          if (!spans.some((x) => x.start <= s && s < x.end)) spans.push({ start: s, end: s + m[0].length });
        }
      });
      if (!spans.length) return [];
      spans.sort((a, b) => a.start - b.start);
      // merge neighbours (關(guān)於(yú): one character between two annotations)
      const groups: { start: number; end: number; parts: { start: number; end: number }[] }[] = [];
      for (const s of spans) {
        const g = groups[groups.length - 1];
        if (g && s.start - g.end <= 3 && !doc.raw.slice(g.end, s.start).includes('\n')) {
          g.end = Math.max(g.end, s.end);
          g.parts.push(s);
        } else groups.push({ start: s.start, end: s.end, parts: [s] });
      }
      const hits: DocHit[] = [];
      let para = 0;
      for (const g of groups) {
        while (para + 1 < doc.paragraphs.length && doc.paragraphs[para + 1].rawStart <= g.start) para++;
        // include the annotated character before the first annotation, so the span reads 關(guān)於(yú)
        const start = g.start > 0 && doc.paragraphs[para].rawStart < g.start && /[\u3400-\u9fff]/.test(doc.raw[g.start - 1]) ? g.start - 1 : g.start;
        let replacement = '';
        let at = start;
        for (const part of g.parts) {
          replacement += doc.raw.slice(at, part.start);
          at = part.end;
        }
        replacement += doc.raw.slice(at, g.end);
        if (g.end <= start) continue;
        hits.push({ para, raw: true, start, end: g.end, replacement });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '[[關(guān)於(yú)]]進一步加強行政規範性文件管理的通知',
      '各县（市、区）?shù)卣坝嘘P[[(guān)]]规定',
      '有[[关(guān)]]部门应当依法履职。',
    ],
    good: [
      '申请人应当提交营业执照(license)复印件。',
      '关于进一步加强行政规范性文件管理的通知',
      '依照《中华人民共和国行政许可法》(2019年修正)第十七条执行。',
    ],
  },
});
